package io.cairn.evidence.map;

import java.util.Locale;

/**
 * A bar chart of one domain as server-rendered SVG: per competence, the best quiz score on its
 * items, the 70% line, and a mark where practice was attested. The data table beside it on the
 * page is its accessible alternative, so the SVG is described briefly rather than read out.
 */
public final class DomainChart {
  static final int ROW = 28;
  static final int LABEL = 90;
  static final int BAR = 300;
  static final int TRAIL = 110;

  private DomainChart() {}

  public static String svg(CompetenceMap.DomainRow domain) {
    int rows = domain.competences().size();
    int height = rows * ROW + 30;
    int width = LABEL + BAR + TRAIL;
    String id = "chart-" + safeId(domain.domain().id());
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"domain-chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
            + "role=\"img\" aria-labelledby=\"%s-t\">", width, height, width, height, id));
    b.append("<title id=\"").append(id).append("-t\">Best quiz score per competence in ")
        .append(escape(domain.domain().title())).append(" (details in the table below)</title>");
    int threshold = LABEL + (int) (BAR * CompetenceStatus.KNOWLEDGE_THRESHOLD / 100);
    for (int i = 0; i < rows; i++) {
      CompetenceMap.CompetenceRow row = domain.competences().get(i);
      int y = 10 + i * ROW;
      double percent = row.status().bestKnowledge().map(EvidenceEntry::percent).orElse(0.0);
      int w = (int) Math.round(BAR * percent / 100);
      b.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"chart-label\">%s</text>", y + 16,
          escape(row.competence().id())));
      b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" class=\"chart-track\"/>",
          LABEL, y + 3, BAR));
      if (w > 0) {
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" class=\"chart-bar%s\"/>",
            LABEL, y + 3, w, percent >= CompetenceStatus.KNOWLEDGE_THRESHOLD ? " is-met" : ""));
      }
      String trail = row.status().bestKnowledge().isPresent() ? Math.round(percent) + "%" : "no quiz";
      if (row.status().highestLevel() == io.cairn.content.model.EvidenceLevel.DOES) {
        trail += " · attested";
      } else if (row.status().highestLevel() == io.cairn.content.model.EvidenceLevel.SHOWS_HOW) {
        trail += " · shown";
      }
      b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"chart-value\">%s</text>",
          LABEL + BAR + 6, y + 16, escape(trail)));
    }
    b.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"5\" x2=\"%d\" y2=\"%d\" class=\"chart-threshold\"/>", threshold, threshold, height - 18));
    b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"chart-note\">70%%</text>",
        threshold - 12, height - 4));
    b.append("</svg>");
    return b.toString();
  }

  static String safeId(String raw) {
    return raw.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
