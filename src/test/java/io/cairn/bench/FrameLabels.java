package io.cairn.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** How JFR stack frames are grouped in results.json: by library, and by the spans worth watching. */
final class FrameLabels {
  private FrameLabels() {}

  /** Inclusive spans: a sample counts for each span that any frame of its stack matches. */
  static final Map<String, Predicate<String>> SPANS = new LinkedHashMap<>();

  static {
    SPANS.put("io.cairn.web.Templates.render (whole page render)", f -> f.startsWith("io.cairn.web.Templates.render"));
    SPANS.put("Handlebars compile/sourceAt (template lookup during render)", f -> f.equals("com.github.jknack.handlebars.Handlebars.compile")
        || f.equals("com.github.jknack.handlebars.io.URLTemplateLoader.sourceAt"));
    SPANS.put("java.lang.ClassLoader.getResource (classpath lookups)", f -> f.equals("java.lang.ClassLoader.getResource"));
    SPANS.put("Throwable.fillInStackTrace (exceptions)", f -> f.startsWith("java.lang.Throwable.fillInStackTrace"));
    SPANS.put("io.cairn.content.Markdown.render", f -> f.startsWith("io.cairn.content.Markdown."));
    SPANS.put("io.cairn.quiz.web.AttemptViews (view model)", f -> f.startsWith("io.cairn.quiz.web.AttemptViews.")
        || f.startsWith("io.cairn.quiz.web.QuestionViews."));
    SPANS.put("io.cairn.quiz.attempt.AttemptRepository.map (row -> Attempt)", f -> f.startsWith("io.cairn.quiz.attempt.AttemptRepository.map"));
    SPANS.put("io.cairn.content.ContentJson (Jackson on JSON columns)", f -> f.startsWith("io.cairn.content.ContentJson."));
    SPANS.put("io.cairn.quiz.web.AttemptJson (result/attempt JSON)", f -> f.startsWith("io.cairn.quiz.web.AttemptJson."));
    SPANS.put("io.cairn.quiz.web.AttemptApi.response (per-answer JSON re-parse)", f -> f.startsWith("io.cairn.quiz.web.AttemptApi.response"));
    SPANS.put("io.cairn.quiz.scoring (scoring)", f -> f.startsWith("io.cairn.quiz.scoring."));
    SPANS.put("io.cairn.quiz.attempt.Submission", f -> f.startsWith("io.cairn.quiz.attempt.Submission."));
    SPANS.put("io.cairn.evidence.EvidenceRepository", f -> f.startsWith("io.cairn.evidence.EvidenceRepository."));
    SPANS.put("io.cairn.quiz.attempt.AttemptService.validate", f -> f.startsWith("io.cairn.quiz.attempt.AttemptService.validate"));
    SPANS.put("java.security.MessageDigest (session hash)", f -> f.startsWith("java.security.MessageDigest."));
    SPANS.put("javax.crypto.Mac (CSRF token)", f -> f.startsWith("javax.crypto.Mac."));
    SPANS.put("io.cairn.web.FailureHandler", f -> f.startsWith("io.cairn.web.FailureHandler."));
    SPANS.put("logging (logback)", f -> f.startsWith("ch.qos.logback."));
  }

  /**
   * The library a frame ("package.Class.method") belongs to; null for JDK frames, so that a sample
   * in the JDK counts for the library that called it.
   */
  static String library(String frame) {
    if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.") || frame.startsWith("javax.")
        || frame.startsWith("com.sun.")) {
      return null;
    } else if (frame.startsWith("io.cairn.bench.")) {
      return "bench code (baseline route)";
    } else if (frame.startsWith("io.cairn.")) {
      String cls = frame.substring(0, frame.lastIndexOf('.'));
      int dollar = cls.indexOf('$');
      return "Cairn: " + (dollar > 0 ? cls.substring(0, dollar) : cls);
    } else if (frame.startsWith("com.github.jknack.handlebars.")) {
      return "Handlebars";
    } else if (frame.startsWith("org.apache.commons.")) {
      return "Apache Commons (Handlebars escaping/reflection)";
    } else if (frame.startsWith("com.fasterxml.jackson.")) {
      return "Jackson";
    } else if (frame.startsWith("io.vertx.pgclient.") || frame.startsWith("io.vertx.sqlclient.")) {
      return "Vert.x PG client";
    } else if (frame.startsWith("io.vertx.ext.web.")) {
      return "Vert.x Web";
    } else if (frame.startsWith("io.vertx.core.json.")) {
      return "Vert.x JSON";
    } else if (frame.startsWith("io.vertx.")) {
      return "Vert.x core";
    } else if (frame.startsWith("io.netty.handler.codec.http.")) {
      return "Netty HTTP codec";
    } else if (frame.startsWith("io.netty.")) {
      return "Netty (I/O, buffers)";
    } else if (frame.startsWith("org.commonmark.") || frame.startsWith("org.jsoup.")) {
      return "CommonMark/jsoup";
    } else if (frame.startsWith("ch.qos.logback.") || frame.startsWith("org.slf4j.")) {
      return "logging";
    }
    String[] parts = frame.split("\\.");
    return String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
  }
}
