package io.cairn.bench;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The yardstick: GET /fortunes on the baseline server ({@link FortunesVerticle}), the cheapest
 * honest page this stack can serve (one query, a sort, an escaped template). The quiz page and
 * submit are reported as fractions of it.
 */
final class BaselineScenario {
  /** The escaped script fortune: present only if the template ran and escaped it. */
  static final String MARKER = "&lt;script&gt;alert(&quot;This should not be displayed";

  private BaselineScenario() {}

  static JsonObject run(Harness h) throws Exception {
    return WrkScenario.run(h, "baseline", "GET /fortunes (1 SELECT of 12 rows, sort, Handlebars)",
        h.server().baselinePort(), List.of(Wrk.Target.anonymous("/fortunes")), MARKER);
  }
}
