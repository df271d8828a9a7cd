package io.cairn.web;

import com.github.jknack.handlebars.Parser;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.TemplateCache;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled templates by file name. Handlebars' own cache keys by TemplateSource, whose hashCode
 * builds a HashCodeBuilder on every lookup, once per partial per render.
 */
final class FilenameTemplateCache implements TemplateCache {
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  @Override
  public void clear() {
    templates.clear();
  }

  @Override
  public void evict(TemplateSource source) {
    templates.remove(source.filename());
  }

  @Override
  public Template get(TemplateSource source, Parser parser) throws IOException {
    Template t = templates.get(source.filename());
    if (t == null) {
      t = parser.parse(source);
      Template raced = templates.putIfAbsent(source.filename(), t);
      return raced == null ? t : raced;
    }
    return t;
  }

  @Override
  public TemplateCache setReload(boolean reload) {
    return this;
  }
}
