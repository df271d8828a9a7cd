package io.cairn.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Handlebars templates from the classpath, compiled once. {@code {{x}}} always escapes; the only
 * unescaped output is {@link Html}, which the server makes from sanitised markdown.
 */
public final class Templates {
  private final Handlebars handlebars;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();
  /** The size each template last rendered to: the next render starts with room for it, not 16 chars. */
  private final Map<String, Integer> lastSize = new ConcurrentHashMap<>();

  public Templates() {
    this.handlebars = new Handlebars(new CachedTemplateLoader(new ClassPathTemplateLoader("/templates", ".hbs")))
        .with(new FilenameTemplateCache())
        .prettyPrint(false);
    handlebars.registerHelpers(ConditionalHelpers.class);
    ViewHelpers.register(handlebars);
  }

  public String render(String name, Map<String, Object> model) {
    try {
      Context context = Context.newBuilder(model)
          .resolver(MapValueResolver.INSTANCE, MethodValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE)
          .build();
      try {
        StringWriter out = new StringWriter(lastSize.getOrDefault(name, 4096) + 512);
        template(name).apply(context, out);
        String page = out.toString();
        lastSize.put(name, page.length());
        return page;
      } finally {
        context.destroy();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A {@code UnaryOperator<String>} that a handler may put in the routing context to post-process
   * the page, e.g. to carry an LTI launch-session token in every same-site link and form.
   */
  public static final String HTML_REWRITE_KEY = "templates.rewrite";

  /** Renders a page as the response, with status 200 unless already set. */
  public void respond(RoutingContext ctx, String name, Map<String, Object> model) {
    String html = render(name, model);
    UnaryOperator<String> rewrite = ctx.get(HTML_REWRITE_KEY);
    if (rewrite != null) {
      html = rewrite.apply(html);
    }
    ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").end(html);
  }

  private Template template(String name) {
    return compiled.computeIfAbsent(name, n -> {
      try {
        return handlebars.compile(n);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot compile template " + n, e);
      }
    });
  }
}
