package io.cairn.content.model;

import java.util.List;

/**
 * One step of a module. Which of the optional parts are set depends on the type: media for film
 * and audio, body for reading and activity, prompt for reflection, quiz for quiz.
 */
public record Unit(
    String id,
    UnitType type,
    String title,
    int minutes,
    List<String> competences,
    String intro,
    Media media,
    int doneWhenPlayedPercent,
    String body,
    List<Attachment> attachments,
    String prompt,
    String guidance,
    String quiz) {

  /** A film or audio file with what makes it accessible. Paths are relative to webroot. */
  public record Media(
      String src,
      String captions,
      String poster,
      String transcript,
      boolean demonstration) {}

  public record Attachment(String title, String href) {}
}
