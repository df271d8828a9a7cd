package io.cairn.evidence.cpd;

import io.cairn.content.model.Framework;
import io.cairn.errors.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the learner's form for CPD done elsewhere and names the first field that is wrong. Plain Java. */
public record CpdEntryForm(String title, String provider, LocalDate doneOn, int minutes, String notes,
    List<String> competenceIds) {
  static final int MAX_TITLE = 200;
  static final int MAX_NOTES = 4000;
  static final int MAX_MINUTES = 6000;
  static final int MAX_COMPETENCES = 60;

  public static CpdEntryForm parse(String title, String provider, String doneOn, String minutes, String notes,
      List<String> competences, Framework framework, LocalDate today) {
    String t = trimmed(title);
    if (t == null) {
      throw new InvalidInput("title", "Give the activity a title, such as the name of the course or workshop.");
    }
    if (t.length() > MAX_TITLE) {
      throw new InvalidInput("title", "Keep the title under " + MAX_TITLE + " characters.");
    }
    String p = trimmed(provider);
    if (p != null && p.length() > MAX_TITLE) {
      throw new InvalidInput("provider", "Keep the provider under " + MAX_TITLE + " characters.");
    }
    LocalDate on;
    try {
      on = LocalDate.parse(doneOn == null ? "" : doneOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInput("done_on", "Give the date of the activity as YYYY-MM-DD.");
    }
    if (on.isAfter(today)) {
      throw new InvalidInput("done_on", "The date cannot be in the future: record CPD once you have done it.");
    }
    if (on.isBefore(today.minusYears(50))) {
      throw new InvalidInput("done_on", "The date is more than fifty years ago.");
    }
    int m;
    try {
      m = Integer.parseInt(minutes == null ? "" : minutes.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("minutes", "Give the time the activity took in whole minutes, such as 90.");
    }
    if (m < 1 || m > MAX_MINUTES) {
      throw new InvalidInput("minutes", "The time must be between 1 and " + MAX_MINUTES + " minutes.");
    }
    String n = trimmed(notes);
    if (n != null && n.length() > MAX_NOTES) {
      throw new InvalidInput("notes", "Keep the notes under " + MAX_NOTES + " characters; yours have " + n.length() + ".");
    }
    Set<String> ids = new LinkedHashSet<>(competences == null ? List.of() : competences);
    if (ids.size() > MAX_COMPETENCES) {
      throw new InvalidInput("competences", "Choose at most " + MAX_COMPETENCES + " competences.");
    }
    for (String id : ids) {
      if (framework.competence(id).isEmpty()) {
        throw new InvalidInput("competences", "There is no competence \"" + id + "\" in " + framework.title() + ".");
      }
    }
    return new CpdEntryForm(t, p, on, m, n, List.copyOf(ids));
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
