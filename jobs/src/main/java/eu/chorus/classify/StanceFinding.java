package eu.chorus.classify;

import eu.chorus.profile.Stance;
import java.io.Serializable;

/**
 * A submission's stance on a topic it addresses, with the passage that carries it.
 *
 * @param confidence in [0, 1]; 0 when no stance model has looked at the text
 * @param source {@code MODEL}, or {@code OVERRIDE} when an analyst set it
 */
public record StanceFinding(
    String submissionId,
    String topic,
    Stance stance,
    double confidence,
    String passageId,
    GroupSource source)
    implements Serializable {

  /** A finding of the models. */
  public StanceFinding(
      String submissionId, String topic, Stance stance, double confidence, String passageId) {
    this(submissionId, topic, stance, confidence, passageId, GroupSource.MODEL);
  }
}
