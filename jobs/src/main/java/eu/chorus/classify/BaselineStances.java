package eu.chorus.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The first, model-free topic and stance decision: a submission addresses a topic when its
 * passages hold at least {@code minHits} codebook terms for it; its stance is recorded as
 * {@link Stance#NEUTRAL} with confidence 0, meaning "not assessed", until a stance model exists.
 */
public final class BaselineStances {

  private final int minHits;

  public BaselineStances(int minHits) {
    this.minHits = minHits;
  }

  public List<StanceFinding> decide(SubmissionEvidence evidence) {
    List<StanceFinding> findings = new ArrayList<>();
    for (TopicEvidence t : evidence.topics()) {
      if (t.hits() >= minHits) {
        findings.add(new StanceFinding(evidence.submissionId(), t.topic(), Stance.NEUTRAL, 0.0, t.strongestPassageId()));
      }
    }
    return findings;
  }
}
