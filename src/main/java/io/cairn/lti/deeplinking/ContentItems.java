package io.cairn.lti.deeplinking;

import io.cairn.lti.ToolEndpoints;
import io.cairn.lti.ags.LineItems;
import io.cairn.lti.provisioning.Landing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep Linking content items for what was picked: ltiResourceLink items that launch Cairn's launch
 * URL with a custom parameter naming the module or quiz; a quiz also carries a lineItem (label,
 * scoreMaximum 100, resourceId = the quiz id, tag) so that the gradebook column exists before any
 * learner launches, unless the platform said it accepts no line items.
 */
public final class ContentItems {
  public static final int SCORE_MAXIMUM = 100;

  private ContentItems() {}

  public static List<Map<String, Object>> of(List<PickerOptions.Option> picked, ToolEndpoints tool, boolean lineItems) {
    return picked.stream().map(o -> item(o, tool, lineItems)).toList();
  }

  static Map<String, Object> item(PickerOptions.Option o, ToolEndpoints tool, boolean lineItems) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", DeepLinkingSettings.RESOURCE_LINK);
    item.put("title", o.title());
    if (o.summary() != null && !o.summary().isBlank()) {
      item.put("text", o.summary().strip());
    }
    item.put("url", tool.launch());
    item.put("custom", Map.of(o.quiz() ? Landing.CUSTOM_QUIZ : Landing.CUSTOM_MODULE, o.id()));
    if (o.quiz() && lineItems) {
      Map<String, Object> lineItem = new LinkedHashMap<>();
      lineItem.put("label", o.title());
      lineItem.put("scoreMaximum", SCORE_MAXIMUM);
      lineItem.put("resourceId", o.id());
      lineItem.put("tag", LineItems.TAG);
      item.put("lineItem", lineItem);
    }
    return item;
  }
}
