package eu.chorus.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapGroupsFunction;

/** Spark stage: folds a submission's tagged passages into its {@link SubmissionEvidence}. */
public final class SummariseSubmission
    implements MapGroupsFunction<String, TaggedPassage, SubmissionEvidence> {

  private static final long serialVersionUID = 1L;

  @Override
  public SubmissionEvidence call(String submissionId, Iterator<TaggedPassage> passages) {
    List<TaggedPassage> all = new ArrayList<>();
    passages.forEachRemaining(all::add);
    return summarise(submissionId, all);
  }

  static SubmissionEvidence summarise(String submissionId, List<TaggedPassage> passages) {
    List<TaggedPassage> ordered = new ArrayList<>(passages);
    ordered.sort(Comparator.comparing(p -> p.passage().passageId()));
    int words = 0;
    Map<String, Integer> charsByLanguage = new HashMap<>();
    Map<String, int[]> byTopic = new TreeMap<>();
    Map<String, String> strongest = new HashMap<>();
    for (TaggedPassage p : ordered) {
      String text = p.passage().text();
      words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
      charsByLanguage.merge(p.passage().language(), text.length(), Integer::sum);
      for (Map.Entry<String, Integer> hit : p.topicHits().entrySet()) {
        int[] counts = byTopic.computeIfAbsent(hit.getKey(), k -> new int[3]);
        counts[0] += hit.getValue();
        counts[1] += 1;
        if (hit.getValue() > counts[2]) {
          counts[2] = hit.getValue();
          strongest.put(hit.getKey(), p.passage().passageId());
        }
      }
    }
    List<TopicEvidence> topics = new ArrayList<>();
    byTopic.forEach((topic, c) -> topics.add(new TopicEvidence(topic, c[0], c[1], strongest.get(topic))));
    String language = charsByLanguage.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty())
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse("");
    return new SubmissionEvidence(submissionId, words, ordered.size(), language, topics);
  }
}
