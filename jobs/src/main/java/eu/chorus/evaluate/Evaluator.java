package eu.chorus.evaluate;

import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.evaluate.Scores.DeclaredEvaluation;
import eu.chorus.evaluate.Scores.Evaluation;
import eu.chorus.evaluate.Scores.PRF;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares predicted labels with gold labels over a set of submissions. A pure function: no model,
 * no I/O.
 *
 * <ul>
 *   <li>stakeholder group: accuracy over gold submissions; a submission the run lacks counts as
 *       wrong;
 *   <li>topics: precision/recall/F1 over (submission, topic) pairs, micro and per topic;
 *   <li>stance: accuracy and macro-F1 over the pairs both found;
 *   <li>campaigns: precision/recall/F1 over unordered pairs of submissions in one campaign.
 * </ul>
 */
public final class Evaluator {

  private Evaluator() {}

  /**
   * @param scope the submissions to evaluate (e.g. the test split)
   */
  public static Evaluation evaluate(
      Labels gold, Labels predicted, Set<String> scope, String split) {
    return new Evaluation(
        split,
        scope.size(),
        groups(gold, predicted, scope),
        topicPairs(gold, predicted, scope, null),
        perTopic(gold, predicted, scope),
        stances(gold, predicted, scope),
        campaignPairs(gold, predicted, scope));
  }

  /**
   * A run against the respondents' own declarations ({@link Labels#declared}): group accuracy and
   * confusions, stance on the ticked pairs found in the text (overall and per topic), and how many
   * ticked pairs were found, overall and for the respondents in {@code withPaper}.
   */
  public static DeclaredEvaluation declared(
      Labels declared, Labels predicted, Set<String> scope, Set<String> withPaper, String split) {
    return declared(declared, predicted, List.of(), scope, withPaper, split);
  }

  /**
   * @param quotes the run's quotes (quotes.csv), scored against the stances the respondents ticked
   */
  public static DeclaredEvaluation declared(
      Labels declared,
      Labels predicted,
      List<Labels.Quoted> quotes,
      Set<String> scope,
      Set<String> withPaper,
      String split) {
    Set<String> paperScope = new TreeSet<>(scope);
    paperScope.retainAll(withPaper);
    Map<String, Classification> perTopic = new TreeMap<>();
    Set<String> topics = new TreeSet<>();
    declared.stances().values().forEach(m -> topics.addAll(m.keySet()));
    for (String topic : topics) {
      perTopic.put(topic, stances(declared.onlyTopic(topic), predicted, scope));
    }
    return new DeclaredEvaluation(
        split,
        scope.size(),
        paperScope.size(),
        groups(declared, predicted, scope),
        confusion(declared, predicted, scope),
        stances(declared, predicted, scope),
        perTopic,
        topicPairs(declared, predicted, scope, null),
        topicPairs(declared, predicted, paperScope, null),
        quotes(declared, quotes, scope));
  }

  /**
   * How many quotes of respondents in {@code scope}, on a topic they ticked, are filed under the
   * stance they ticked.
   */
  static Scores.QuoteAgreement quotes(
      Labels declared, List<Labels.Quoted> quotes, Set<String> scope) {
    long n = 0;
    long agree = 0;
    Map<String, Map<String, Long>> confusion = new TreeMap<>();
    for (Labels.Quoted q : quotes) {
      String ticked =
          scope.contains(q.submissionId())
              ? declared.stances().getOrDefault(q.submissionId(), Map.of()).get(q.topic())
              : null;
      if (ticked != null) {
        n++;
        agree += ticked.equals(q.stance()) ? 1 : 0;
        confusion.computeIfAbsent(ticked, k -> new TreeMap<>()).merge(q.stance(), 1L, Long::sum);
      }
    }
    return new Scores.QuoteAgreement(n, agree, n == 0 ? null : agree / (double) n, confusion);
  }

  static Map<String, Map<String, Long>> confusion(
      Labels gold, Labels predicted, Set<String> scope) {
    Map<String, Map<String, Long>> confusion = new TreeMap<>();
    for (String id : scope) {
      String g = gold.groups().get(id);
      if (g != null) {
        String p = predicted.groups().getOrDefault(id, "");
        confusion
            .computeIfAbsent(g, k -> new TreeMap<>())
            .merge(p.isEmpty() ? "(none)" : p, 1L, Long::sum);
      }
    }
    return confusion;
  }

  static Classification groups(Labels gold, Labels predicted, Set<String> scope) {
    List<String[]> pairs = new ArrayList<>();
    for (String id : scope) {
      String g = gold.groups().get(id);
      if (g != null) {
        pairs.add(new String[] {g, predicted.groups().getOrDefault(id, "")});
      }
    }
    return classification(pairs);
  }

  static Classification stances(Labels gold, Labels predicted, Set<String> scope) {
    List<String[]> pairs = new ArrayList<>();
    for (String id : scope) {
      Map<String, String> g = gold.stances().getOrDefault(id, Map.of());
      Map<String, String> p = predicted.stances().getOrDefault(id, Map.of());
      for (Map.Entry<String, String> e : g.entrySet()) {
        if (p.containsKey(e.getKey())) {
          pairs.add(new String[] {e.getValue(), p.get(e.getKey())});
        }
      }
    }
    return classification(pairs);
  }

  static PRF topicPairs(Labels gold, Labels predicted, Set<String> scope, String onlyTopic) {
    long tp = 0;
    long nPredicted = 0;
    long nGold = 0;
    for (String id : scope) {
      Set<String> g = topics(gold, id, onlyTopic);
      Set<String> p = topics(predicted, id, onlyTopic);
      nGold += g.size();
      nPredicted += p.size();
      tp += p.stream().filter(g::contains).count();
    }
    return PRF.of(tp, nPredicted, nGold);
  }

  private static Map<String, PRF> perTopic(Labels gold, Labels predicted, Set<String> scope) {
    Set<String> topics = new TreeSet<>();
    for (String id : scope) {
      topics.addAll(gold.stances().getOrDefault(id, Map.of()).keySet());
      topics.addAll(predicted.stances().getOrDefault(id, Map.of()).keySet());
    }
    Map<String, PRF> result = new TreeMap<>();
    for (String topic : topics) {
      result.put(topic, topicPairs(gold, predicted, scope, topic));
    }
    return result;
  }

  private static Set<String> topics(Labels labels, String id, String onlyTopic) {
    Set<String> topics = new HashSet<>(labels.stances().getOrDefault(id, Map.of()).keySet());
    if (onlyTopic != null) {
      topics.retainAll(Set.of(onlyTopic));
    }
    return topics;
  }

  static PRF campaignPairs(Labels gold, Labels predicted, Set<String> scope) {
    Set<String> goldPairs = pairs(gold.campaigns(), scope);
    Set<String> predictedPairs = pairs(predicted.campaigns(), scope);
    long tp = predictedPairs.stream().filter(goldPairs::contains).count();
    return PRF.of(tp, predictedPairs.size(), goldPairs.size());
  }

  private static Set<String> pairs(Map<String, String> campaignOf, Set<String> scope) {
    List<String> members = campaignOf.keySet().stream().filter(scope::contains).sorted().toList();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        if (campaignOf.get(members.get(i)).equals(campaignOf.get(members.get(j)))) {
          pairs.add(members.get(i) + "\u0000" + members.get(j));
        }
      }
    }
    return pairs;
  }

  /**
   * @param pairs {gold, predicted} labels
   */
  public static Classification classification(List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return new Classification(null, 0, null, Map.of());
    }
    Set<String> labels = new TreeSet<>();
    long correct = 0;
    for (String[] p : pairs) {
      labels.add(p[0]);
      if (!p[1].isEmpty()) {
        labels.add(p[1]);
      }
      if (p[0].equals(p[1])) {
        correct++;
      }
    }
    Map<String, PRF> perLabel = new TreeMap<>();
    double f1Sum = 0;
    int goldLabels = 0;
    for (String label : labels) {
      long tp = pairs.stream().filter(p -> p[0].equals(label) && p[1].equals(label)).count();
      long predicted = pairs.stream().filter(p -> p[1].equals(label)).count();
      long gold = pairs.stream().filter(p -> p[0].equals(label)).count();
      PRF prf = PRF.of(tp, predicted, gold);
      perLabel.put(label, prf);
      // Macro-F1 averages over the labels present in gold; a gold label never predicted scores 0.
      if (gold > 0) {
        goldLabels++;
        f1Sum += prf.f1() == null ? 0 : prf.f1();
      }
    }
    return new Classification(
        (double) correct / pairs.size(), pairs.size(), f1Sum / goldLabels, perLabel);
  }
}
