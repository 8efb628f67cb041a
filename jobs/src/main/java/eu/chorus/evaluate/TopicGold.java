package eu.chorus.evaluate;

import eu.chorus.evaluate.Scores.PRF;
import eu.chorus.profile.ConsultationProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A consultation's hand-checked topic gold ({@code chorus/profiles/<id>/topic-gold.csv}): per
 * submission, the codebook topics its text argues about, written down by reading it. Lines are
 * {@code submission_id,topic}; a submission arguing about none has one line with an empty topic;
 * {@code #} lines are comments (how the file was made).
 */
public final class TopicGold {

  public static final String FILE = "topic-gold.csv";

  private TopicGold() {}

  /** The profile's topic gold as labels (topic → "ADDRESSED"), if it has one. */
  public static Optional<Labels> of(ConsultationProfile profile) throws IOException {
    try (InputStream in =
        TopicGold.class
            .getClassLoader()
            .getResourceAsStream(ConsultationProfile.ROOT + profile.id() + "/" + FILE)) {
      if (in == null) {
        return Optional.empty();
      }
      Map<String, Map<String, String>> topics = new TreeMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // submission_id,topic
          continue;
        }
        String[] cells = line.split(",", -1);
        Map<String, String> m = topics.computeIfAbsent(cells[0].trim(), k -> new LinkedHashMap<>());
        if (cells.length > 1 && !cells[1].isBlank()) {
          if (!profile.codebook().codes().contains(cells[1].trim())) {
            throw new IllegalArgumentException(
                FILE + ": '" + cells[1].trim() + "' is no topic of " + profile.id());
          }
          m.put(cells[1].trim(), "ADDRESSED");
        }
      }
      return Optional.of(new Labels(Map.of(), topics, Map.of()));
    }
  }

  /** Topic precision, recall and F1 of a run over the gold's submissions, micro and per topic. */
  public static Map<String, PRF> score(Labels gold, Labels predicted) {
    Map<String, PRF> scores = new LinkedHashMap<>();
    java.util.Set<String> scope = gold.stances().keySet();
    scores.put("micro", Evaluator.topicPairs(gold, predicted, scope, null));
    java.util.Set<String> topics = new java.util.TreeSet<>();
    scope.forEach(
        id -> {
          topics.addAll(gold.stances().get(id).keySet());
          topics.addAll(predicted.stances().getOrDefault(id, Map.of()).keySet());
        });
    topics.forEach(t -> scores.put(t, Evaluator.topicPairs(gold, predicted, scope, t)));
    return scores;
  }
}
