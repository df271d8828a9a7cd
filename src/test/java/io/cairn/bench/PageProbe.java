package io.cairn.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What GETting each wrk target once answered, before wrk runs: every target must be a 200 page with
 * the marker in it, and the mean response size (headers included) is what wrk's bytes per response
 * must match afterwards.
 */
record PageProbe(Map<Integer, Long> statuses, double meanBytesWithHeaders, long missingMarker, String firstBody) {
  boolean allOk() {
    return statuses.keySet().stream().allMatch(s -> s == 200) && missingMarker == 0;
  }

  /** GETs every target at once, as wrk will (cookie, no redirects followed). Call on the client's event loop. */
  static Future<PageProbe> send(WebClient client, int port, List<Wrk.Target> targets, String marker) {
    Map<Integer, Long> statuses = new TreeMap<>(); // status -1: the request itself failed
    long[] bytes = {0};
    long[] missing = {0};
    String[] first = {null};
    List<Future<?>> all = new ArrayList<>();
    for (Wrk.Target t : targets) {
      HttpRequest<Buffer> r = client.get(port, "127.0.0.1", t.path());
      if (t.cookie() != null) {
        r.putHeader("Cookie", t.cookie());
      }
      all.add(r.send().onSuccess(resp -> {
        statuses.merge(resp.statusCode(), 1L, Long::sum);
        String body = resp.bodyAsString();
        if (first[0] == null) {
          first[0] = body;
        }
        long headers = ("HTTP/1.1 " + resp.statusCode() + " " + resp.statusMessage() + "\r\n\r\n").length();
        for (Map.Entry<String, String> h : resp.headers()) {
          headers += h.getKey().length() + h.getValue().length() + 4; // "name: value\r\n"
        }
        bytes[0] += headers + (resp.body() == null ? 0 : resp.body().length());
        if (body == null || !body.contains(marker)) {
          missing[0]++;
        }
      }));
    }
    return Future.join(all).transform(x -> {
      long failed = all.stream().filter(Future::failed).count();
      if (failed > 0) {
        statuses.merge(-1, failed, Long::sum);
      }
      return Future.succeededFuture(new PageProbe(statuses, (double) bytes[0] / Math.max(1, targets.size()), missing[0], first[0]));
    });
  }
}
