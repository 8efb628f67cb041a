package eu.chorus.position;

import eu.chorus.profile.Stance;
import java.io.Serializable;

/**
 * One argument made about a topic with one stance: a cluster of claims (stance-bearing sentences).
 *
 * @param number 1 for the position most submissions hold within its topic and stance
 * @param label its title: the representative claim, shortened at a clause boundary ({@link Titles})
 * @param asks what the position asks for as the stance cues read its claims' demands ("restrict",
 *     "extend", "clarify", "not_restrict", "not_extend"); empty when its claims ask for nothing
 * @param representativeText the claim closest to the centroid, verbatim
 * @param silhouette mean cosine silhouette of the topic and stance's clustering; NaN when k = 1
 * @param passages how many evidence passages hold one of its claims
 * @param claims how many claims it holds (a claim written word for word by several submissions
 *     counts once)
 */
public record Position(
    String topic,
    Stance stance,
    int number,
    String label,
    String asks,
    String representativePassageId,
    String representativeText,
    double silhouette,
    int passages,
    int claims)
    implements Serializable {

  public String positionId() {
    return id(topic, stance, number);
  }

  public static String id(String topic, Stance stance, int number) {
    return topic + "/" + stance + "/" + number;
  }
}
