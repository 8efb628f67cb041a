package eu.chorus.synthesis;

import eu.chorus.ingest.Answer;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.Stance;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stance each respondent ticked, topic by topic: the answers to the closed questions the
 * profile maps to a topic, read through the profile's answer → stance table. Answers it does not
 * list ("Other", "No opinion") give none.
 */
public final class TickedStances {

  private TickedStances() {}

  /** Submission id → topic → the stance ticked. */
  public static Map<String, Map<String, Stance>> of(
      List<Answer> answers, ConsultationProfile profile) {
    Map<String, Map<String, Stance>> ticked = new TreeMap<>();
    for (Answer a : answers) {
      profile
          .closedQuestionFor(a.question())
          .ifPresent(
              q ->
                  q.stanceOf(a.answer())
                      .ifPresent(
                          stance ->
                              ticked
                                  .computeIfAbsent(a.submissionId(), k -> new TreeMap<>())
                                  .put(q.topic(), stance)));
    }
    return ticked;
  }
}
