package io.cairn.evidence.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.content.model.Framework;
import io.cairn.errors.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CpdEntryFormTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Framework FRAMEWORK = new Framework("f", "Test framework", "1", "p", "s", "draft", "", "", Map.of(),
      List.of(new Framework.Domain("D1", "Domain", true, null, List.of(
          new Framework.Competence("C-1", "One", "", true, ""), new Framework.Competence("C-2", "Two", "", true, "")))));

  @Test
  void acceptsAValidEntryAndDropsRepeatedCompetences() {
    CpdEntryForm f = CpdEntryForm.parse(" Workshop ", "", "2026-05-30", "90", "  ", List.of("C-1", "C-1", "C-2"),
        FRAMEWORK, TODAY);
    assertThat(f).isEqualTo(new CpdEntryForm("Workshop", null, LocalDate.of(2026, 5, 30), 90, null, List.of("C-1", "C-2")));
  }

  @ParameterizedTest(name = "{6}")
  @CsvSource(delimiter = '|', value = {
      "''|p|2026-05-01|60|''|title|no title",
      "t|p|01/05/2026|60|''|done_on|not an ISO date",
      "t|p|2026-06-02|60|''|done_on|in the future",
      "t|p|1970-01-01|60|''|done_on|too long ago",
      "t|p|2026-05-01|0|''|minutes|no time",
      "t|p|2026-05-01|6001|''|minutes|too much time",
      "t|p|2026-05-01|1.5|''|minutes|not whole minutes",
      "t|p|2026-05-01|60|C-9|competences|a competence not in the framework"})
  void namesTheFieldThatIsWrong(String title, String provider, String date, String minutes, String competence,
      String field, String why) {
    assertThatThrownBy(() -> CpdEntryForm.parse(title, provider, date, minutes, null,
        competence.isEmpty() ? List.of() : List.of(competence), FRAMEWORK, TODAY))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void refusesOverlongTextFields() {
    assertThatThrownBy(() -> CpdEntryForm.parse("x".repeat(201), null, "2026-05-01", "60", null, List.of(), FRAMEWORK, TODAY))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("title"));
    assertThatThrownBy(() -> CpdEntryForm.parse("t", null, "2026-05-01", "60", "n".repeat(4001), List.of(), FRAMEWORK, TODAY))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("notes"));
  }
}
