package io.cairn.authoring.interchange.qti;

import io.cairn.authoring.interchange.qti.QtiItemReader.Refused;
import io.cairn.content.model.EvidenceLevel;
import io.cairn.quiz.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/** Choice, match and order interactions to Cairn questions; text entry is read by {@link QtiEntryReader}. */
final class QtiInteractionReader {
  record Head(String id, String stem, double points, List<String> competences, EvidenceLevel level, String feedback) {}

  private final QtiItemReader r;
  private final Head h;

  QtiInteractionReader(QtiItemReader reader, Head head) {
    this.r = reader;
    this.h = head;
  }

  Question read(Element interaction) throws Refused {
    return switch (interaction.getLocalName()) {
      case "qti-choice-interaction" -> choice(interaction);
      case "qti-match-interaction" -> matching(interaction);
      case "qti-order-interaction" -> ordering(interaction);
      default -> new QtiEntryReader(r, h).read(interaction);
    };
  }

  private Question choice(Element interaction) throws Refused {
    List<Element> choices = Qti.children(interaction, "qti-simple-choice");
    List<String> correct = correct();
    String cardinality = r.declaration.getAttribute("cardinality");
    List<String> ids = new ArrayList<>();
    for (Element c : choices) {
      ids.add(id(c));
    }
    if (cardinality.equals("single") && choices.size() == 2
        && ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList().equals(List.of("false", "true"))) {
      String t = ids.get(0).equalsIgnoreCase("true") ? ids.get(0) : ids.get(1);
      String f = ids.get(0).equalsIgnoreCase("true") ? ids.get(1) : ids.get(0);
      if (correct.size() != 1) {
        r.refuse(r.declaration, "a true/false item needs one correct response");
      }
      return new Question.TrueFalse(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
          correct.get(0).equalsIgnoreCase("true"), r.feedback.remove(t), r.feedback.remove(f));
    }
    List<Question.Option> options = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      String inline = inlineFeedback(choices.get(i));
      String fb = r.feedback.remove(ids.get(i));
      options.add(new Question.Option(ids.get(i), r.text(choices.get(i), "an option"), correct.contains(ids.get(i)),
          fb != null ? fb : inline));
    }
    if (options.size() < 2) {
      r.refuse(interaction, "a choice item needs at least two choices");
    }
    if (cardinality.equals("single")) {
      if (correct.size() != 1 || options.stream().noneMatch(Question.Option::correct)) {
        r.refuse(r.declaration, "a single-choice item needs exactly one correct response that is one of its choices");
      }
      return new Question.SingleChoice(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), options);
    }
    if (options.stream().noneMatch(Question.Option::correct)) {
      r.refuse(r.declaration, "no correct response among the choices");
    }
    return new Question.MultipleResponse(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(),
        options, choiceScoring(options));
  }

  /** map_response with Cairn's weights is partial; match_correct is all or nothing; other weights are reported. */
  private Question.Scoring choiceScoring(List<Question.Option> options) {
    Map<String, Double> mapping = mapping();
    if (mapping.isEmpty() || !(r.uses("qti-map-response") || "map_response".equals(r.template()))) {
      return Question.Scoring.ALL_OR_NOTHING;
    }
    long k = options.stream().filter(Question.Option::correct).count();
    long w = options.size() - k;
    for (Question.Option o : options) {
      double expected = o.correct() ? 1.0 / k : -1.0 / w;
      if (Math.abs(mapping.getOrDefault(o.id(), 0.0) - expected) > 1e-6) {
        r.warn("qti-mapping", "the mapped values do not match Cairn's partial rule (each correct choice +1/" + k
            + ", each other −1/" + w + ", kept between 0 and 1); imported with Cairn's rule");
        break;
      }
    }
    return Question.Scoring.PARTIAL;
  }

  private Question matching(Element interaction) throws Refused {
    List<Element> sets = Qti.children(interaction, "qti-simple-match-set");
    if (sets.size() != 2) {
      r.refuse(interaction, "a match interaction needs two qti-simple-match-set elements (prompts, then choices)");
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : correct()) {
      String[] ends = pair.strip().split("\\s+");
      if (ends.length != 2 || Qti.decode(ends[0]) == null || Qti.decode(ends[1]) == null) {
        r.refuse(r.declaration, "\"" + pair + "\" is not a pair of identifiers");
      }
      if (pairs.put(Qti.decode(ends[0]), Qti.decode(ends[1])) != null) {
        r.refuse(r.declaration, "prompt " + ends[0] + " has two correct matches: Cairn matches each prompt to one choice");
      }
    }
    List<Question.MatchPrompt> prompts = new ArrayList<>();
    for (Element p : Qti.children(sets.get(0), "qti-simple-associable-choice")) {
      String pid = id(p);
      if (!pairs.containsKey(pid)) {
        r.refuse(p, "prompt " + pid + " has no correct match");
      }
      prompts.add(new Question.MatchPrompt(pid, r.text(p, "a prompt"), pairs.get(pid)));
    }
    List<Question.Choice> choices = new ArrayList<>();
    for (Element c : Qti.children(sets.get(1), "qti-simple-associable-choice")) {
      choices.add(new Question.Choice(id(c), r.text(c, "a choice")));
    }
    if (prompts.isEmpty() || choices.size() < 2) {
      r.refuse(interaction, "a match interaction needs prompts and at least two choices");
    }
    Map<String, Double> mapping = mapping();
    double share = 1.0 / prompts.size();
    boolean cairnRule = mapping.size() == pairs.size() && pairs.entrySet().stream()
        .allMatch(e -> Math.abs(mapping.getOrDefault(e.getKey() + " " + e.getValue(), 0.0) - share) < 1e-6);
    if (!cairnRule) {
      r.warn("qti-response-declaration", "scored with Cairn's rule (the share of prompts matched right), which may "
          + "differ from this item's own response processing");
    }
    return new Question.Matching(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), prompts, choices);
  }

  private Question ordering(Element interaction) throws Refused {
    List<Question.Item> items = new ArrayList<>();
    Map<String, Question.Item> byId = new LinkedHashMap<>();
    for (Element c : Qti.children(interaction, "qti-simple-choice")) {
      Question.Item item = new Question.Item(id(c), r.text(c, "an item"));
      byId.put(item.id(), item);
    }
    for (String id : correct()) {
      Question.Item item = byId.remove(Qti.decode(id));
      if (item == null) {
        r.refuse(r.declaration, "the correct order names \"" + id + "\", which is not one of the items (or twice)");
      }
      items.add(item);
    }
    if (!byId.isEmpty() || items.size() < 2) {
      r.refuse(r.declaration, "the correct order must list every item once (at least two)");
    }
    Question.Scoring scoring = r.uses("qti-index") ? Question.Scoring.PARTIAL : Question.Scoring.ALL_OR_NOTHING;
    return new Question.Ordering(h.id(), h.stem(), h.points(), h.competences(), h.level(), h.feedback(), items, scoring);
  }

  private String inlineFeedback(Element choice) {
    List<Element> inline = Qti.descendants(choice, "qti-feedback-inline");
    return inline.isEmpty() ? null : r.text(inline.get(0), "feedback");
  }

  private String id(Element e) throws Refused {
    String id = Qti.decode(Qti.attr(e, "identifier"));
    if (id == null) {
      r.refuse(e, "the identifier \"" + e.getAttribute("identifier") + "\" cannot be a Cairn id");
    }
    return id;
  }

  List<String> correct() {
    return QtiEntryReader.correct(r.declaration);
  }

  Map<String, Double> mapping() {
    return QtiEntryReader.mapping(r.declaration);
  }
}
