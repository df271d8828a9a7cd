package io.cairn.authoring.stats;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cairn.evidence.Disclaimer;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Results of a quiz as CSV, one row per submitted attempt. The last column, "statement", carries
 * {@link Disclaimer#STATEMENT} on every row, so that no row read on its own loses it. Cells a
 * spreadsheet would run as a formula (starting =, +, -, @) get a leading apostrophe.
 */
public final class ResultsCsv {
  static final CsvMapper CSV = CsvMapper.builder().build();
  public static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

  @JsonPropertyOrder({"attempt_id", "account_id", "learner", "quiz_id", "quiz_version", "attempt_number",
      "submitted_at", "percent", "passed", "points", "max_points", "statement"})
  public record Row(
      @com.fasterxml.jackson.annotation.JsonProperty("attempt_id") long attemptId,
      @com.fasterxml.jackson.annotation.JsonProperty("account_id") Long accountId,
      String learner,
      @com.fasterxml.jackson.annotation.JsonProperty("quiz_id") String quizId,
      @com.fasterxml.jackson.annotation.JsonProperty("quiz_version") int quizVersion,
      @com.fasterxml.jackson.annotation.JsonProperty("attempt_number") int attemptNumber,
      @com.fasterxml.jackson.annotation.JsonProperty("submitted_at") String submittedAt,
      String percent, String passed, String points,
      @com.fasterxml.jackson.annotation.JsonProperty("max_points") String maxPoints,
      String statement) {}

  private ResultsCsv() {}

  public static String write(String quizId, List<StatsRepository.Result> results) {
    List<Row> rows = results.stream().map(r -> {
      AttemptData d = r.data();
      return new Row(d.attemptId(), d.accountId(), safe(d.learner()), quizId, d.version(), d.attemptNumber(),
          d.submittedAt().toString(), plain(java.math.BigDecimal.valueOf(d.percent())), String.valueOf(d.passed()),
          r.points() == null ? null : plain(r.points()), r.maxPoints() == null ? null : plain(r.maxPoints()),
          Disclaimer.STATEMENT);
    }).toList();
    try {
      return CSV.writer(SCHEMA).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String plain(java.math.BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }

  static String safe(String s) {
    return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
