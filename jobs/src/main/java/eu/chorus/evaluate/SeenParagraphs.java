package eu.chorus.evaluate;

import eu.chorus.classify.StanceCues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scoring on paragraphs the models never saw: the sample export's submissions are composed from a
 * shared bank of paragraphs, so a test submission repeats paragraphs of training submissions. A
 * paragraph is train-seen when a training submission has the same one, word for word once
 * normalised (lower case, punctuation dropped), or one sharing at least {@link #OVERLAP} of its
 * {@link #SHINGLE}-word shingles. A (submission, topic) pair whose paragraph (the passage the run
 * read the topic's stance from, {@code stances.csv}'s {@code passage_id}) is train-seen is left out
 * of both the gold and the predicted labels; a gold pair the run did not find has no paragraph and
 * stays (it counts as missed), so by this rule recall is understated.
 *
 * <p>Where the paragraphs written for each gold pair are known ({@link ParagraphBank}), a gold pair
 * is judged by them instead, whether the run found it or not ({@link Rule}); a pair the run found
 * outside the gold, or one whose paragraphs cannot be traced, is still judged by the passage it was
 * read from.
 */
public final class SeenParagraphs {

  static final int SHINGLE = 5;
  static final double OVERLAP = 0.5;

  /** How a (submission, topic) pair is judged train-seen. */
  public enum Rule {
    /** By the passage the run read it from (a pair the run missed stays). */
    PASSAGE("the passage each was read from"),
    /** A gold pair: when every paragraph written for it is train-seen. */
    WRITTEN_ALL("the paragraphs written for each gold pair, all train-seen"),
    /**
     * A gold pair: when any paragraph written for it is train-seen (only wholly unseen pairs stay).
     */
    WRITTEN_ANY("the paragraphs written for each gold pair, any train-seen");

    private final String description;

    Rule(String description) {
      this.description = description;
    }

    /** "the passage each was read from", for the line evaluate prints. */
    public String description() {
      return description;
    }
  }

  /** The labels left once the train-seen pairs are removed, and how many were removed. */
  public record Filtered(
      Labels gold, Labels predicted, int pairs, int removedPairs, int passages, int seenPassages) {}

  private SeenParagraphs() {}

  /**
   * @param train the training submissions' paragraph texts
   * @param candidates paragraph id → text of the paragraphs to judge
   * @return the ids of the candidates that are train-seen
   */
  public static Set<String> seen(Collection<String> train, Map<String, String> candidates) {
    Set<String> exact = new HashSet<>();
    List<Set<Long>> trainShingles = new ArrayList<>();
    Map<Long, List<Integer>> index = new HashMap<>();
    for (String text : train) {
      List<String> words = StanceCues.words(text);
      exact.add(String.join(" ", words));
      Set<Long> shingles = shingles(words);
      int at = trainShingles.size();
      trainShingles.add(shingles);
      shingles.forEach(s -> index.computeIfAbsent(s, k -> new ArrayList<>()).add(at));
    }
    Set<String> seen = new HashSet<>();
    candidates.forEach(
        (id, text) -> {
          List<String> words = StanceCues.words(text);
          if (exact.contains(String.join(" ", words))) {
            seen.add(id);
            return;
          }
          Set<Long> shingles = shingles(words);
          Map<Integer, Integer> shared = new HashMap<>();
          shingles.forEach(
              s -> index.getOrDefault(s, List.of()).forEach(p -> shared.merge(p, 1, Integer::sum)));
          if (!shingles.isEmpty()
              && shared.values().stream().anyMatch(n -> n >= OVERLAP * shingles.size())) {
            seen.add(id);
          }
        });
    return seen;
  }

  private static Set<Long> shingles(List<String> words) {
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (String w : words.subList(i, i + SHINGLE)) {
        h = 31 * h + w.hashCode();
      }
      shingles.add(h);
    }
    return shingles;
  }

  /**
   * @param passageOf submission id → topic → the passage its stance was read from
   * @param seenPassages the train-seen passages
   * @param written submission id → topic → the passages written for it (for the WRITTEN rules)
   */
  public static Filtered filter(
      Labels gold,
      Labels predicted,
      Map<String, Map<String, String>> passageOf,
      Set<String> seenPassages,
      Set<String> scope,
      int passages,
      Map<String, Map<String, List<String>>> written,
      Rule rule) {
    Map<String, Map<String, String>> goldLeft = new TreeMap<>();
    Map<String, Map<String, String>> predictedLeft = new TreeMap<>();
    int pairs = 0;
    int removed = 0;
    for (String id : scope) {
      Map<String, String> p = predicted.stances().getOrDefault(id, Map.of());
      Set<String> topics = new HashSet<>(p.keySet());
      topics.addAll(gold.stances().getOrDefault(id, Map.of()).keySet());
      for (String topic : topics) {
        pairs++;
        List<String> writtenFor = written.getOrDefault(id, Map.of()).getOrDefault(topic, List.of());
        boolean inGold = gold.stances().getOrDefault(id, Map.of()).containsKey(topic);
        boolean seen;
        if (rule != Rule.PASSAGE && inGold && !writtenFor.isEmpty()) {
          seen =
              rule == Rule.WRITTEN_ALL
                  ? seenPassages.containsAll(writtenFor)
                  : writtenFor.stream().anyMatch(seenPassages::contains);
        } else {
          String passage = passageOf.getOrDefault(id, Map.of()).get(topic);
          seen = p.containsKey(topic) && passage != null && seenPassages.contains(passage);
        }
        if (seen) {
          removed++;
          continue;
        }
        keep(gold, goldLeft, id, topic);
        keep(predicted, predictedLeft, id, topic);
      }
    }
    return new Filtered(
        new Labels(gold.groups(), goldLeft, gold.campaigns()),
        new Labels(predicted.groups(), predictedLeft, predicted.campaigns()),
        pairs,
        removed,
        passages,
        seenPassages.size());
  }

  private static void keep(
      Labels from, Map<String, Map<String, String>> to, String id, String topic) {
    String stance = from.stances().getOrDefault(id, Map.of()).get(topic);
    if (stance != null) {
      to.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(topic, stance);
    }
  }
}
