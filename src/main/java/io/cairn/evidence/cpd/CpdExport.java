package io.cairn.evidence.cpd;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The CPD record as JSON (the record itself, its "statement" field first) and as CSV: one table
 * whose "section" column says what each row is, and whose last column, "statement", carries the
 * disclaimer on every row, so that no row read on its own, filtered or pasted elsewhere loses it.
 * Cells a spreadsheet would run as a formula (starting =, +, -, @) get a leading apostrophe.
 */
public final class CpdExport {
  public static final ObjectMapper JSON = JsonMapper.builder()
      .findAndAddModules()
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .configure(SerializationFeature.INDENT_OUTPUT, true)
      .build();
  static final CsvMapper CSV = CsvMapper.builder().build();
  public static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

  /** One CSV row; unused columns stay empty. Dates are ISO 8601 (UTC). */
  @JsonPropertyOrder({"section", "date", "title", "module", "unit", "provider", "minutes", "percent", "passed",
      "competences", "supervisor", "basis", "level", "rating", "text", "reference", "statement"})
  public record Row(String section, String date, String title, String module, String unit, String provider,
      Long minutes, String percent, String passed, String competences, String supervisor, String basis, String level,
      String rating, String text, String reference, String statement) {}

  private CpdExport() {}

  public static String json(CpdRecord record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String csv(CpdRecord r) {
    try {
      return CSV.writer(SCHEMA).writeValueAsString(rows(r));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows(CpdRecord r) {
    String s = r.statement();
    List<Row> rows = new ArrayList<>();
    for (CpdRecord.CompletedModule m : r.completedModules()) {
      rows.add(new Row("completed_module", day(m.completedAt()), safe(m.title()), m.moduleId(), null, "Cairn",
          (long) m.cpdMinutes(), null, null, null, null, null, null, null, null, m.certificateCode(), s));
    }
    for (CpdRecord.Entry e : r.cpdEntries()) {
      rows.add(new Row("cpd_entry", e.doneOn().toString(), safe(e.title()), null, null, safe(e.provider()),
          (long) e.minutes(), null, null, String.join(" ", e.competenceIds()), null, null, null, null, safe(e.notes()),
          String.valueOf(e.id()), s));
    }
    for (CpdRecord.Reflection x : r.reflections()) {
      rows.add(new Row("reflection", day(x.savedAt()), safe(x.unitTitle()), x.moduleId(), x.unitId(), null, null, null,
          null, null, null, null, null, null, safe(x.text()), null, s));
    }
    for (CpdRecord.QuizAttempt a : r.quizAttempts()) {
      rows.add(new Row("quiz_attempt", day(a.submittedAt()), safe(a.quizTitle()), a.moduleId(), null, null, null,
          percent(a.percent()), String.valueOf(a.passed()), null, null, null, null, null, null,
          String.valueOf(a.attemptId()), s));
    }
    for (CpdRecord.Attestation a : r.attestations()) {
      rows.add(new Row("attestation", a.observedOn().toString(), safe(a.competenceTitle()), null, null, null, null, null,
          null, a.competenceId(), safe(a.supervisor()), a.basis(), a.level(), a.rating(), safe(a.statement()),
          String.valueOf(a.evidenceId()), s));
    }
    rows.add(new Row("total", day(r.generatedAt()), "Total CPD time", null, null, null, r.totalCpdMinutes(), null, null,
        null, null, null, null, null, null, null, s));
    return rows;
  }

  static String day(Instant t) {
    return t == null ? null : LocalDate.ofInstant(t, ZoneOffset.UTC).toString();
  }

  static String percent(double p) {
    return java.math.BigDecimal.valueOf(p).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** Text a person wrote cannot become a spreadsheet formula. */
  static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + text : text;
  }
}
