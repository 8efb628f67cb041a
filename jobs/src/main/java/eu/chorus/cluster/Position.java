package eu.chorus.cluster;

import eu.chorus.profile.Stance;
import java.io.Serializable;
import java.util.List;

/**
 * One argument made about a topic with one stance: a cluster of evidence passages.
 *
 * @param number 1 for the position with most passages within its topic and stance
 * @param terms distinctive terms, most distinctive first (class-based TF-IDF against the topic's
 *     other positions)
 * @param representativeText the sentence closest to the centroid, verbatim
 * @param silhouette mean silhouette of the topic and stance's clustering; NaN when k = 1
 * @param passages how many evidence passages the position holds
 */
public record Position(
    String topic,
    Stance stance,
    int number,
    List<String> terms,
    String representativePassageId,
    String representativeText,
    double silhouette,
    int passages)
    implements Serializable {

  public Position {
    terms = List.copyOf(terms);
  }

  public String positionId() {
    return id(topic, stance, number);
  }

  public static String id(String topic, Stance stance, int number) {
    return topic + "/" + stance + "/" + number;
  }
}
