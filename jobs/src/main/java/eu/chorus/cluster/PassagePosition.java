package eu.chorus.cluster;

import eu.chorus.profile.Stance;
import java.io.Serializable;

/**
 * An evidence passage placed in a position.
 *
 * @param centrality cosine similarity of the passage's TF-IDF vector to its position's centroid
 * @param excerpt a sentence or two of the passage, verbatim: the one closest to the centroid, with
 *     the next when it is short
 */
public record PassagePosition(
    String passageId,
    String submissionId,
    String file,
    int page,
    String topic,
    Stance stance,
    int position,
    double centrality,
    String excerpt)
    implements Serializable {

  public String positionId() {
    return Position.id(topic, stance, position);
  }
}
