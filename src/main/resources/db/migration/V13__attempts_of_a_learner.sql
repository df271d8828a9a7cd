-- Starting an attempt counts the learner's submitted attempts at the quiz, and the result page
-- lists them. While the table's statistics still said no attempt was submitted (a new server, or a
-- busy hour before autovacuum's next ANALYZE), PostgreSQL took the partial index below, which then
-- looked empty, for these queries and read every submitted attempt of every quiz: the benchmark
-- saw 8,000 rows read per attempt. Without the partial predicate the index no longer looks free,
-- and the learner's own index (account_id, quiz_id, attempt_number) wins whatever the statistics
-- say. The item statistics, which filter by version, use it as before.
DROP INDEX attempt_quiz_version;
CREATE INDEX attempt_quiz_version ON attempt (quiz_version_id);
