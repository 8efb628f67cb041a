package eu.chorus.classify;

import java.io.Serializable;

/**
 * A submission's stance on a topic it addresses, with the passage that carries it.
 *
 * @param confidence in [0, 1]; 0 when no stance model has looked at the text
 */
public record StanceFinding(
    String submissionId, String topic, Stance stance, double confidence, String passageId)
    implements Serializable {}
