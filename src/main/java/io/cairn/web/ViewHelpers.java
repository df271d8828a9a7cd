package io.cairn.web;

import com.github.jknack.handlebars.Handlebars;
import io.cairn.content.Markdown;

/** The few helpers templates use; they format, they never fetch. */
final class ViewHelpers {
  private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
      .ofPattern("d MMMM yyyy, HH:mm 'UTC'", java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC);

  private ViewHelpers() {}

  static void register(Handlebars hb) {
    // {{markdown text}}: authored markdown, rendered and sanitised
    hb.registerHelper("markdown", (Object text, com.github.jknack.handlebars.Options o) ->
        new Html(Markdown.render(text == null ? null : text.toString())));
    // {{duration 95}} -> "1 h 35 min"
    hb.registerHelper("duration", (Object minutes, com.github.jknack.handlebars.Options o) -> {
      int m = minutes instanceof Number n ? n.intValue() : 0;
      if (m < 60) {
        return m + " min";
      }
      return (m / 60) + " h" + (m % 60 == 0 ? "" : " " + (m % 60) + " min");
    });
    // {{date when}} -> "26 November 2026, 21:30 UTC"
    hb.registerHelper("date", (Object when, com.github.jknack.handlebars.Options o) -> {
      if (when instanceof java.time.temporal.TemporalAccessor t) {
        return DATE.format(t);
      }
      return when == null ? "" : when.toString();
    });
    // {{hours 210}} -> "3.5"
    hb.registerHelper("hours", (Object minutes, com.github.jknack.handlebars.Options o) -> {
      double h = (minutes instanceof Number n ? n.doubleValue() : 0) / 60.0;
      return h == Math.rint(h) ? String.valueOf((long) h) : String.format(java.util.Locale.ROOT, "%.1f", h);
    });
  }
}
