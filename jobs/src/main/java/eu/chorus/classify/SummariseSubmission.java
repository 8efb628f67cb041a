package eu.chorus.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapGroupsFunction;

/** Spark stage: folds a submission's tagged passages into its {@link SubmissionEvidence}. */
public final class SummariseSubmission
    implements MapGroupsFunction<String, TaggedPassage, SubmissionEvidence> {

  private static final long serialVersionUID = 1L;

  /** A passage this short is a heading or a question: the passages after it answer it. */
  static final int HEADING_WORDS = 25;
  /** Group cues in this many opening passages count as the respondent's self-introduction. */
  static final int INTRO_PASSAGES = 6;

  @Override
  public SubmissionEvidence call(String submissionId, Iterator<TaggedPassage> passages) {
    List<TaggedPassage> all = new ArrayList<>();
    passages.forEachRemaining(all::add);
    return summarise(submissionId, all);
  }

  private static final class TopicTally {
    int hits;
    int passages;
    int maxHits;
    int headingHits;
    String strongest;
    final Map<String, Double> cues = new TreeMap<>();
  }

  static SubmissionEvidence summarise(String submissionId, List<TaggedPassage> passages) {
    List<TaggedPassage> ordered = new ArrayList<>(passages);
    ordered.sort(Comparator.comparing(p -> p.passage().passageId()));
    int words = 0;
    Map<String, Integer> charsByLanguage = new HashMap<>();
    Map<String, TopicTally> byTopic = new TreeMap<>();
    Map<String, Double> groupCues = new TreeMap<>();
    Set<String> organisations = new TreeSet<>();
    Set<String> context = new LinkedHashSet<>();
    for (int i = 0; i < ordered.size(); i++) {
      TaggedPassage p = ordered.get(i);
      String text = p.passage().text();
      int n = text.isBlank() ? 0 : text.strip().split("\\s+").length;
      words += n;
      charsByLanguage.merge(p.passage().language(), text.length(), Integer::sum);
      organisations.addAll(p.organisations());
      String scope = i < INTRO_PASSAGES ? "intro:" : "text:";
      p.groupCues().forEach((g, c) -> {
        groupCues.merge(scope + g, c, Double::sum);
        if (scope.equals("intro:")) {
          groupCues.merge("text:" + g, c, Double::sum);
        }
      });
      boolean heading = n <= HEADING_WORDS;
      if (p.topicHits().isEmpty()) {
        // An answer under a heading or question takes the stance of the heading's topics.
        for (String topic : context) {
          p.stanceCues().forEach((k, v) -> byTopic.get(topic).cues.merge(k, v, Double::sum));
        }
        continue;
      }
      context.clear();
      if (heading) {
        context.addAll(p.topicHits().keySet());
      }
      int passageHits = p.topicHits().values().stream().mapToInt(Integer::intValue).sum();
      for (Map.Entry<String, Integer> hit : p.topicHits().entrySet()) {
        TopicTally t = byTopic.computeIfAbsent(hit.getKey(), k -> new TopicTally());
        // A passage about several topics lends each its cues in proportion to its terms.
        double share = (double) hit.getValue() / passageHits;
        t.hits += hit.getValue();
        t.passages++;
        if (heading) {
          t.headingHits += hit.getValue();
        }
        if (hit.getValue() > t.maxHits) {
          t.maxHits = hit.getValue();
          t.strongest = p.passage().passageId();
        }
        p.stanceCues().forEach((k, v) -> t.cues.merge(k, v * share, Double::sum));
      }
    }
    List<TopicEvidence> topics = new ArrayList<>();
    byTopic.forEach((topic, t) -> topics.add(
        new TopicEvidence(topic, t.hits, t.passages, t.strongest, t.maxHits, t.headingHits, t.cues)));
    String language = charsByLanguage.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
    return new SubmissionEvidence(submissionId, words, ordered.size(), language, topics, groupCues,
        List.copyOf(organisations));
  }
}
