package io.cairn.lti.provisioning;

import io.cairn.content.Catalog;
import io.cairn.content.model.Unit;
import io.cairn.lti.ToolEndpoints;
import java.util.function.Function;

/**
 * Where a resource-link launch opens: the quiz or module a custom parameter names
 * (custom cairn_quiz / cairn_module), else the module or quiz page the target_link_uri points at,
 * else the module list.
 */
public record Landing(String path, String moduleId, String quizId) {
  public static final String CUSTOM_QUIZ = "cairn_quiz";
  public static final String CUSTOM_MODULE = "cairn_module";
  static final Landing HOME = new Landing("/", null, null);

  public static Landing resolve(Catalog catalog, ToolEndpoints tool, String targetLinkUri, Function<String, String> custom) {
    String quiz = custom.apply(CUSTOM_QUIZ);
    if (quiz != null && catalog.quiz(quiz.strip()).isPresent()) {
      return quiz(catalog, quiz.strip());
    }
    String module = custom.apply(CUSTOM_MODULE);
    if (module != null && catalog.module(module.strip()).isPresent()) {
      return new Landing("/modules/" + module.strip(), module.strip(), null);
    }
    if (tool.isOwn(targetLinkUri)) {
      String path = targetLinkUri.substring(tool.base().length()).replaceFirst("[?#].*$", "");
      String[] parts = path.split("/");
      if (parts.length >= 3 && parts[1].equals("modules") && catalog.module(parts[2]).isPresent()) {
        boolean unit = parts.length >= 5 && parts[3].equals("units") && catalog.module(parts[2]).get().module()
            .units().stream().anyMatch(u -> u.id().equals(parts[4]));
        return new Landing(unit ? "/modules/" + parts[2] + "/units/" + parts[4] : "/modules/" + parts[2], parts[2], null);
      }
      if (parts.length >= 3 && parts[1].equals("quizzes") && catalog.quiz(parts[2]).isPresent()) {
        return quiz(catalog, parts[2]);
      }
    }
    return HOME;
  }

  private static Landing quiz(Catalog catalog, String quizId) {
    String moduleId = catalog.quiz(quizId).get().moduleId();
    String unit = catalog.module(moduleId).flatMap(m -> m.module().units().stream()
        .filter(u -> quizId.equals(u.quiz())).map(Unit::id).findFirst()).orElse(null);
    return new Landing(unit == null ? "/modules/" + moduleId : "/modules/" + moduleId + "/units/" + unit, moduleId, quizId);
  }
}
