package io.cairn.evidence.privacy;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Everything Cairn holds about one person, read in one statement as JSON: the account, sessions
 * (times only), progress, reflections, attempts with responses and scores, evidence about them,
 * attestations they recorded about others, supervision links, accommodations, CPD entries
 * (withdrawn ones too) and certificates.
 */
final class PersonalData {
  static final String EXPORT = """
      SELECT json_build_object(
        'account', (SELECT json_build_object('id', a.id, 'email', a.email, 'name', a.display_name, 'roles', a.roles,
                      'createdAt', a.created_at) FROM account a WHERE a.id = $1),
        'sessions', coalesce((SELECT json_agg(json_build_object('createdAt', created_at, 'expiresAt', expires_at)
                      ORDER BY created_at) FROM session WHERE account_id = $1), '[]'),
        'progress', coalesce((SELECT json_agg(json_build_object('moduleId', module_id, 'unitId', unit_id,
                      'firstOpenedAt', first_opened_at, 'lastOpenedAt', last_opened_at, 'playedRanges', played::text,
                      'playedSeconds', played_seconds(played), 'durationSeconds', duration_seconds, 'doneAt', done_at)
                      ORDER BY module_id, unit_id) FROM unit_progress WHERE account_id = $1), '[]'),
        'reflections', coalesce((SELECT json_agg(json_build_object('id', id, 'moduleId', module_id, 'unitId', unit_id,
                      'text', body, 'savedAt', created_at) ORDER BY created_at, id)
                      FROM reflection WHERE account_id = $1), '[]'),
        'attempts', coalesce((SELECT json_agg(json_build_object('id', t.id, 'quizId', t.quiz_id,
                      'quizVersionId', t.quiz_version_id, 'moduleId', t.module_id, 'number', t.attempt_number,
                      'state', t.state, 'questionOrder', t.question_order, 'optionOrder', t.option_order,
                      'startedAt', t.started_at, 'deadline', t.deadline, 'submittedAt', t.submitted_at,
                      'submittedBy', t.submitted_by, 'points', t.points, 'maxPoints', t.max_points,
                      'percent', t.percent, 'passed', t.passed,
                      'responses', coalesce((SELECT json_agg(json_build_object('questionId', r.question_id,
                          'response', r.response, 'checked', r.checked, 'savedAt', r.saved_at) ORDER BY r.question_id)
                          FROM attempt_response r WHERE r.attempt_id = t.id), '[]'),
                      'scores', coalesce((SELECT json_agg(json_build_object('questionId', s.question_id,
                          'fraction', s.fraction, 'points', s.points, 'maxPoints', s.max_points,
                          'correctness', s.correctness, 'certainty', s.certainty) ORDER BY s.question_id)
                          FROM attempt_question_score s WHERE s.attempt_id = t.id), '[]'))
                      ORDER BY t.started_at, t.id) FROM attempt t WHERE t.account_id = $1), '[]'),
        'evidence', coalesce((SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind,
                      'competenceId', e.competence_id, 'frameworkVersionId', e.framework_version_id, 'level', e.level,
                      'quizVersionId', e.quiz_version_id, 'attemptId', e.attempt_id, 'itemIds', e.item_ids,
                      'points', e.points, 'maxPoints', e.max_points, 'percent', e.percent, 'rating', e.rating,
                      'note', e.note, 'reflectionId', e.reflection_id, 'cpdEntryId', e.cpd_entry_id,
                      'attestedBy', s.display_name, 'basis', e.basis, 'observedOn', e.observed_on,
                      'supersedes', e.supersedes, 'statement', e.statement, 'recordedAt', e.recorded_at) ORDER BY e.id)
                      FROM evidence e LEFT JOIN account s ON s.id = e.attested_by WHERE e.account_id = $1), '[]'),
        'attestationsRecorded', coalesce((SELECT json_agg(json_build_object('id', e.id, 'learner', l.display_name,
                      'competenceId', e.competence_id, 'level', e.level, 'basis', e.basis, 'observedOn', e.observed_on,
                      'rating', e.rating, 'statement', e.note, 'recordedAt', e.recorded_at) ORDER BY e.id)
                      FROM evidence e JOIN account l ON l.id = e.account_id WHERE e.attested_by = $1), '[]'),
        'supervision', coalesce((SELECT json_agg(json_build_object('id', s.id,
                      'yourRole', CASE WHEN s.learner_id = $1 THEN 'learner' ELSE 'supervisor' END,
                      'otherPerson', o.display_name, 'invitedAt', s.invited_at, 'acceptedAt', s.accepted_at,
                      'endedAt', s.ended_at, 'source', s.source) ORDER BY s.id)
                      FROM supervision s
                      JOIN account o ON o.id = CASE WHEN s.learner_id = $1 THEN s.supervisor_id ELSE s.learner_id END
                      WHERE s.learner_id = $1 OR s.supervisor_id = $1), '[]'),
        'accommodations', coalesce((SELECT json_agg(json_build_object('quizId', quiz_id, 'extraPercent', extra_percent,
                      'grantedAt', granted_at, 'note', note) ORDER BY granted_at)
                      FROM time_accommodation WHERE account_id = $1), '[]'),
        'cpdEntries', coalesce((SELECT json_agg(json_build_object('id', id, 'title', title, 'provider', provider,
                      'doneOn', done_on, 'minutes', minutes, 'notes', notes, 'competenceIds', competence_ids,
                      'recordedAt', created_at, 'withdrawnAt', withdrawn_at) ORDER BY done_on, id)
                      FROM cpd_entry WHERE account_id = $1), '[]'),
        'certificates', coalesce((SELECT json_agg(json_build_object('code', code, 'holderName', holder_name,
                      'moduleId', module_id, 'moduleVersion', module_version, 'moduleTitle', module_title,
                      'cpdMinutes', cpd_minutes, 'completedAt', completed_at, 'competences', competences,
                      'issuedAt', issued_at, 'revokedAt', revoked_at, 'revokeReason', revoke_reason) ORDER BY issued_at)
                      FROM certificate WHERE account_id = $1), '[]'))::text""";

  private PersonalData() {}

  static Future<JsonObject> export(SqlClient db, long account) {
    return db.preparedQuery(EXPORT).execute(Tuple.of(account))
        .map(rows -> new JsonObject(rows.iterator().next().getString(0)));
  }
}
