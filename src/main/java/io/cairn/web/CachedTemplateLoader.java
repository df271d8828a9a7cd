package io.cairn.web;

import com.github.jknack.handlebars.io.StringTemplateSource;
import com.github.jknack.handlebars.io.TemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers where every template is, and that a block with no partial (such as an unused
 * {{#block "head"}}) has none. Handlebars otherwise searches the classpath for each partial on
 * every render, and throws (with a stack trace) for each missing one: 10–20% of a quiz page's CPU.
 * Templates ship inside the jar, so they never change while the server runs.
 */
final class CachedTemplateLoader implements TemplateLoader {
  private static final TemplateSource MISSING = new StringTemplateSource("(missing)", "");

  private final TemplateLoader delegate;
  private final Map<String, TemplateSource> sources = new ConcurrentHashMap<>();

  CachedTemplateLoader(TemplateLoader delegate) {
    this.delegate = delegate;
  }

  @Override
  public TemplateSource sourceAt(String location) throws IOException {
    TemplateSource s = sources.get(location);
    if (s == null) {
      try {
        s = delegate.sourceAt(location);
      } catch (FileNotFoundException e) {
        s = MISSING;
      }
      sources.put(location, s);
    }
    if (s == MISSING) {
      throw new Missing(location);
    }
    return s;
  }

  @Override
  public String resolve(String location) {
    return delegate.resolve(location);
  }

  @Override
  public String getPrefix() {
    return delegate.getPrefix();
  }

  @Override
  public String getSuffix() {
    return delegate.getSuffix();
  }

  @Override
  public void setPrefix(String prefix) {
    delegate.setPrefix(prefix);
  }

  @Override
  public void setSuffix(String suffix) {
    delegate.setSuffix(suffix);
  }

  @Override
  public void setCharset(Charset charset) {
    delegate.setCharset(charset);
  }

  @Override
  public Charset getCharset() {
    return delegate.getCharset();
  }

  /** Thrown for a template that does not exist; cheap, because it carries no stack trace. */
  static final class Missing extends FileNotFoundException {
    Missing(String location) {
      super(location);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
