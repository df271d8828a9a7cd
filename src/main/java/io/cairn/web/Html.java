package io.cairn.web;

import com.github.jknack.handlebars.Handlebars;

/** HTML that is safe to output unescaped: only made from sanitised markdown or by the server. */
public final class Html extends Handlebars.SafeString {
  public Html(String sanitised) {
    super(sanitised);
  }
}
