package io.cairn.lti;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser that keeps no cookie at all, like one that blocks third-party cookies inside a
 * platform's iframe: only what the pages carry (links, forms, redirects) gets it anywhere.
 */
public final class CookielessClient implements AutoCloseable {
  private final WebClient client;
  private final String base;

  public CookielessClient(Vertx vertx, String base) {
    this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    this.base = base;
  }

  public HttpResponse<Buffer> get(String path) {
    return client.getAbs(base + path).putHeader("Accept", "text/html").send().await();
  }

  public HttpResponse<Buffer> get(String path, Map<String, String> headers) {
    var request = client.getAbs(base + path).putHeader("Accept", "text/html");
    headers.forEach(request::putHeader);
    return request.send().await();
  }

  public Document page(String path) {
    return Jsoup.parse(get(path).bodyAsString(), base + path);
  }

  public HttpResponse<Buffer> post(String path, MultiMap form) {
    return post(path, form, Map.of());
  }

  public HttpResponse<Buffer> post(String path, MultiMap form, Map<String, String> headers) {
    var request = client.postAbs(base + path).putHeader("Accept", "text/html");
    headers.forEach(request::putHeader);
    return request.sendForm(form).await();
  }

  /** Submits a form of a page as a browser would: its fields (and the clicked button's name=value). */
  public HttpResponse<Buffer> submit(Element form, String buttonName, String buttonValue, Map<String, String> answers) {
    MultiMap body = MultiMap.caseInsensitiveMultiMap();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
        continue;
      }
      body.add(input.attr("name"), input.attr("value"));
    }
    answers.forEach(body::set);
    if (buttonName != null) {
      body.add(buttonName, buttonValue);
    }
    return post(form.attr("action"), body);
  }

  @Override
  public void close() {
    client.close();
  }
}
