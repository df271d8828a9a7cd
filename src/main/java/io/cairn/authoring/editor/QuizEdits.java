package io.cairn.authoring.editor;

import io.cairn.content.files.QuizWriter;
import io.cairn.quiz.model.Question;
import io.cairn.quiz.model.Quiz;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Edits of a quiz's question list, on the model and on the writer's tree. Pure. */
public final class QuizEdits {
  private QuizEdits() {}

  /** Where a question sits in the file: {@code questions[2].} or, in a scenario, {@code questions[1].questions[0].}. */
  public static Optional<String> prefixOf(Quiz quiz, String questionId) {
    List<Question> top = quiz.questions();
    for (int i = 0; i < top.size(); i++) {
      if (questionId.equals(top.get(i).id())) {
        return Optional.of("questions[" + i + "].");
      }
      if (top.get(i) instanceof Question.Scenario s) {
        for (int j = 0; j < s.questions().size(); j++) {
          if (questionId.equals(s.questions().get(j).id())) {
            return Optional.of("questions[" + i + "].questions[" + j + "].");
          }
        }
      }
    }
    return Optional.empty();
  }

  public static Optional<Question> find(Quiz quiz, String questionId) {
    for (Question q : quiz.questions()) {
      if (questionId.equals(q.id())) {
        return Optional.of(q);
      }
      if (q instanceof Question.Scenario s) {
        Optional<Question> sub = s.questions().stream().filter(x -> questionId.equals(x.id())).findFirst();
        if (sub.isPresent()) {
          return sub;
        }
      }
    }
    return Optional.empty();
  }

  /** The scenario that holds a sub-question, if it is one. */
  public static Optional<Question.Scenario> parentOf(Quiz quiz, String questionId) {
    return quiz.questions().stream().filter(q -> q instanceof Question.Scenario).map(q -> (Question.Scenario) q)
        .filter(s -> s.questions().stream().anyMatch(x -> questionId.equals(x.id()))).findFirst();
  }

  /** The quiz's tree with one question's tree put in place of {@code questionId}, or added. */
  public record Placed(Map<String, Object> quizTree, String prefix) {}

  /**
   * @param questionId the question replaced; null to add a new one
   * @param parentId for a new sub-question, the scenario it goes into; null for the top level
   */
  @SuppressWarnings("unchecked")
  public static Placed place(Quiz quiz, String questionId, String parentId, Map<String, Object> question) {
    Map<String, Object> tree = QuizWriter.tree(quiz);
    List<Object> top = (List<Object>) tree.get("questions");
    if (questionId != null) {
      String prefix = prefixOf(quiz, questionId).orElseThrow();
      List<Object> list = top;
      int[] at = indexes(prefix);
      if (at.length == 2) {
        list = (List<Object>) ((Map<String, Object>) top.get(at[0])).get("questions");
      }
      Map<String, Object> old = (Map<String, Object>) list.get(at[at.length - 1]);
      if ("scenario".equals(question.get("type")) && old.containsKey("questions")) {
        question.put("questions", old.get("questions"));
      }
      list.set(at[at.length - 1], question);
      return new Placed(tree, prefix);
    }
    if (parentId != null) {
      String parentPrefix = prefixOf(quiz, parentId).orElseThrow();
      Map<String, Object> parent = (Map<String, Object>) top.get(indexes(parentPrefix)[0]);
      List<Object> subs = (List<Object>) parent.computeIfAbsent("questions", k -> new ArrayList<>());
      subs.add(question);
      return new Placed(tree, parentPrefix + "questions[" + (subs.size() - 1) + "].");
    }
    top.add(question);
    return new Placed(tree, "questions[" + (top.size() - 1) + "].");
  }

  /** Moves a question (or a sub-question within its scenario) up (-1) or down (+1). */
  public static Quiz move(Quiz quiz, String questionId, int delta) {
    return rebuild(quiz, questionId, list -> {
      int i = indexOf(list, questionId);
      int j = i + delta;
      if (i >= 0 && j >= 0 && j < list.size()) {
        Question q = list.remove(i);
        list.add(j, q);
      }
    });
  }

  public static Quiz delete(Quiz quiz, String questionId) {
    return rebuild(quiz, questionId, list -> list.removeIf(q -> questionId.equals(q.id())));
  }

  private static Quiz rebuild(Quiz quiz, String questionId, java.util.function.Consumer<List<Question>> edit) {
    List<Question> top = new ArrayList<>(quiz.questions());
    if (indexOf(top, questionId) >= 0) {
      edit.accept(top);
    } else {
      for (int i = 0; i < top.size(); i++) {
        if (top.get(i) instanceof Question.Scenario s && indexOf(s.questions(), questionId) >= 0) {
          List<Question> subs = new ArrayList<>(s.questions());
          edit.accept(subs);
          top.set(i, new Question.Scenario(s.id(), s.vignette(), s.feedback(), List.copyOf(subs)));
        }
      }
    }
    return new Quiz(quiz.id(), quiz.title(), quiz.intro(), quiz.settings(), List.copyOf(top));
  }

  private static int indexOf(List<Question> list, String id) {
    for (int i = 0; i < list.size(); i++) {
      if (id.equals(list.get(i).id())) {
        return i;
      }
    }
    return -1;
  }

  private static int[] indexes(String prefix) {
    return java.util.Arrays.stream(prefix.split("\\.")).filter(p -> !p.isEmpty())
        .mapToInt(p -> Integer.parseInt(p.substring(p.indexOf('[') + 1, p.indexOf(']')))).toArray();
  }
}
