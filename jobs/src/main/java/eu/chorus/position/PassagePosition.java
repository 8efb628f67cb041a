package eu.chorus.position;

import eu.chorus.profile.Stance;
import java.io.Serializable;

/**
 * An evidence passage placed in a position: the position its submission holds on the topic (one per
 * submission, topic and stance), 0 when none of the submission's claims on it could be clustered.
 *
 * @param centrality cosine similarity of the passage's claim closest to its position's centroid
 *     (TF-IDF); 0 when the passage has no claim in the position
 * @param excerpt that claim, verbatim; the passage's first sentence when it has none
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

  /** The position number of a passage whose submission holds no position on the topic. */
  public static final int NONE = 0;

  public String positionId() {
    return Position.id(topic, stance, position);
  }
}
