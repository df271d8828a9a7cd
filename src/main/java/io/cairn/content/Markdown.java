package io.cairn.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Authored markdown to safe HTML: CommonMark renders, then jsoup keeps only an allow-list of
 * elements and attributes (no scripts, event handlers, styles or javascript: URLs). Content is
 * immutable once published, so rendered HTML is memoised.
 */
public final class Markdown {
  /** Longer input is refused rather than rendered: no authored text needs it. */
  public static final int MAX_CHARS = 200_000;
  private static final int CACHE_ENTRIES = 4_000;

  private static final Parser PARSER = Parser.builder()
      .extensions(java.util.List.of(TablesExtension.create()))
      .maxOpenBlockParsers(64)
      .build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(java.util.List.of(TablesExtension.create()))
      .escapeHtml(true)
      .sanitizeUrls(true)
      .build();
  private static final Safelist SAFE = Safelist.relaxed()
      .removeTags("img")
      .addAttributes("th", "scope")
      .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
      .addProtocols("a", "href", "https", "http", "mailto", "tel");

  private static final Map<String, String> CACHE = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHE_ENTRIES;
        }
      });

  private Markdown() {}

  /** Safe HTML for {@code source}; empty for null. */
  public static String render(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    String cached = CACHE.get(source);
    if (cached != null) {
      return cached;
    }
    String html = renderUncached(source);
    CACHE.put(source, html);
    return html;
  }

  /** For editor previews of text that may never be seen again. */
  public static String renderUncached(String source) {
    if (source.length() > MAX_CHARS) {
      throw new IllegalArgumentException("markdown longer than " + MAX_CHARS + " characters");
    }
    String raw = RENDERER.render(PARSER.parse(source));
    Document dirty = Jsoup.parseBodyFragment(raw);
    Document clean = new Cleaner(SAFE).clean(dirty);
    // ASCII out (other characters as references): pages built from it stay compact strings
    clean.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.US_ASCII);
    return clean.body().html();
  }
}
