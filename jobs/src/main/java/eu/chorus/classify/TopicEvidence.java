package eu.chorus.classify;

import java.io.Serializable;

/**
 * What a submission's passages say about one topic.
 *
 * @param hits codebook terms matched across the submission
 * @param passages passages with at least one match
 * @param strongestPassageId the passage with the most matches (first in reading order on ties)
 */
public record TopicEvidence(String topic, int hits, int passages, String strongestPassageId)
    implements Serializable {}
