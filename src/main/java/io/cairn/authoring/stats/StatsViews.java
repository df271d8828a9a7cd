package io.cairn.authoring.stats;

import io.cairn.content.model.Framework;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The statistics page's view model, with a server-drawn SVG histogram and its table alternative. */
final class StatsViews {
  static final int CHART_WIDTH = 420;
  static final int CHART_HEIGHT = 160;
  static final int BAR_AREA = 130;

  private StatsViews() {}

  static Map<String, Object> statistics(QuizStatistics s, Framework framework) {
    Map<String, Object> v = new HashMap<>();
    v.put("attempts", s.attempts());
    v.put("hasAttempts", s.attempts() > 0);
    v.put("fewAttempts", s.attempts() > 0 && s.attempts() < 20);
    v.put("meanPercent", two(s.meanPercent()));
    v.put("alpha", s.alpha() == null ? null : two(s.alpha()));
    v.put("alphaAttempts", s.alphaAttempts());
    v.put("bins", bins(s.distribution()));
    v.put("chartWidth", CHART_WIDTH);
    v.put("chartHeight", CHART_HEIGHT);
    List<Map<String, Object>> items = new ArrayList<>();
    int number = 1;
    for (QuizStatistics.Item i : s.items()) {
      items.add(item(i, number++));
    }
    v.put("items", items);
    List<Map<String, Object>> comps = new ArrayList<>();
    for (QuizStatistics.CompetenceFacility c : s.competences()) {
      String title = framework == null ? "" : framework.competence(c.competence()).map(Framework.Competence::title).orElse("");
      comps.add(Map.of("id", c.competence(), "title", title, "responses", c.responses(), "facility", two(c.facility())));
    }
    v.put("competences", comps);
    return v;
  }

  private static List<Map<String, Object>> bins(List<QuizStatistics.Bin> bins) {
    int max = Math.max(1, bins.stream().mapToInt(QuizStatistics.Bin::count).max().orElse(1));
    int barWidth = CHART_WIDTH / bins.size();
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < bins.size(); i++) {
      QuizStatistics.Bin b = bins.get(i);
      int h = Math.round((float) b.count() * BAR_AREA / max);
      Map<String, Object> m = new HashMap<>();
      m.put("label", b.from() + "–" + (b.to() == 100 ? "100" : String.valueOf(b.to() - 1) + ".99"));
      m.put("short", String.valueOf(b.from()));
      m.put("count", b.count());
      m.put("x", i * barWidth + 2);
      m.put("width", barWidth - 4);
      m.put("y", BAR_AREA - h + 10);
      m.put("height", h);
      m.put("textX", i * barWidth + barWidth / 2);
      m.put("countY", BAR_AREA - h + 6);
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> item(QuizStatistics.Item i, int number) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", number);
    m.put("id", i.questionId());
    m.put("type", i.type().replace('_', ' '));
    m.put("stem", i.stem());
    m.put("asked", i.asked());
    m.put("facility", i.asked() == 0 ? "—" : two(i.facility()));
    m.put("discrimination", i.discrimination() == null ? "—" : two(i.discrimination()));
    m.put("flags", i.flags().stream().map(f -> Map.of("code", f.code(), "label", f.label())).toList());
    m.put("flagged", !i.flags().isEmpty());
    List<Map<String, Object>> options = new ArrayList<>();
    for (QuizStatistics.OptionCount o : i.options()) {
      Map<String, Object> om = new HashMap<>();
      om.put("group", o.group());
      om.put("label", o.label());
      om.put("key", o.key());
      om.put("count", o.count());
      om.put("share", String.format(Locale.ROOT, "%.0f%%", o.share() * 100));
      options.add(om);
    }
    m.put("options", options);
    m.put("grouped", i.options().stream().anyMatch(o -> !o.group().isEmpty() && !o.group().equals("first")));
    m.put("firstPosition", i.type().equals("ordering"));
    return m;
  }

  static String trim(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  static String two(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
