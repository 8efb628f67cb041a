package eu.chorus.samples.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.samples.FixtureBank;
import eu.chorus.samples.domain.Consultation;
import eu.chorus.samples.domain.Group;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusPlannerTest {

  @Test
  void fullSizePlanFollowsTheConsultationGroupMix() throws IOException {
    List<SubmissionPlan> plans = CorpusPlanner.plan(FixtureBank.load(), 430, 1L);
    assertEquals(430, plans.size());
    Map<Group, Integer> counts = new EnumMap<>(Group.class);
    plans.forEach(p -> counts.merge(p.respondent().group(), 1, Integer::sum));
    assertNear(0.22, counts.get(Group.INDUSTRY_ASSOCIATION) / 430.0);
    assertNear(0.05, counts.get(Group.GPAI_PROVIDER) / 430.0);
    assertNear(0.14, counts.get(Group.RIGHTSHOLDER) / 430.0);
  }

  @Test
  void idsFollowSubmissionTimesWithinTheConsultationPeriod() throws IOException {
    List<SubmissionPlan> plans = CorpusPlanner.plan(FixtureBank.load(), 100, 3L);
    for (int i = 0; i < plans.size(); i++) {
      SubmissionPlan p = plans.get(i);
      assertEquals(String.format(Locale.ROOT, "CP-%04d", i + 1), p.id());
      assertTrue(
          !p.submittedAt().isBefore(Consultation.OPENS)
              && !p.submittedAt().isAfter(Consultation.CLOSES));
      if (i > 0) {
        assertTrue(!p.submittedAt().isBefore(plans.get(i - 1).submittedAt()));
      }
    }
  }

  @Test
  void everySubmissionArguesOneToEightTopicsAndMentionsOthersOnly() throws IOException {
    for (SubmissionPlan p : CorpusPlanner.plan(FixtureBank.load(), 200, 5L)) {
      if (p.comprehensive()) {
        continue;
      }
      assertTrue(p.topics().size() >= 1 && p.topics().size() <= 8, p.id());
      for (TopicChoice t : p.topics()) {
        assertTrue(!p.mentions().contains(t.topic()) && !p.noOpinion().contains(t.topic()), p.id());
      }
    }
  }

  @Test
  void aFewAssociationNgoOrProviderPapersAreComprehensive() throws IOException {
    List<SubmissionPlan> plans = CorpusPlanner.plan(FixtureBank.load(), 430, 1L);
    long papers = plans.stream().filter(p -> p.kind() == DocumentKind.POSITION_PAPER).count();
    List<SubmissionPlan> big = plans.stream().filter(SubmissionPlan::comprehensive).toList();
    assertTrue(big.size() >= 0.03 * papers && big.size() <= 0.05 * papers, big.size() + "");
    for (SubmissionPlan p : big) {
      assertEquals(DocumentKind.POSITION_PAPER, p.kind());
      assertTrue(
          Set.of(Group.INDUSTRY_ASSOCIATION, Group.CIVIL_SOCIETY, Group.GPAI_PROVIDER)
              .contains(p.respondent().group()),
          p.id());
      assertTrue(p.topics().size() >= 10 && p.topics().size() <= 16, p.id());
      assertEquals(
          p.topics().size(), p.topics().stream().map(TopicChoice::topic).distinct().count());
      for (TopicChoice t : p.topics()) {
        assertTrue(!p.mentions().contains(t.topic()), p.id());
      }
    }
  }

  @Test
  void comprehensivePapersLeaveTheRestOfThePlanAlone() throws IOException {
    List<SubmissionPlan> plans = CorpusPlanner.plan(FixtureBank.load(), 200, 5L);
    List<SubmissionPlan> again = CorpusPlanner.plan(FixtureBank.load(), 200, 5L);
    assertEquals(plans, again);
  }

  @Test
  void anonymousIndividualsHaveNoOrganisationColumn() throws IOException {
    for (SubmissionPlan p : CorpusPlanner.plan(FixtureBank.load(), 200, 5L)) {
      Respondent r = p.respondent();
      if (r.isIndividual() && r.consent() == Consent.ANONYMOUS) {
        assertEquals("", r.organisationColumn());
      }
    }
  }

  private static void assertNear(double expected, double actual) {
    assertTrue(
        Math.abs(expected - actual) < 0.03, "expected about " + expected + ", got " + actual);
  }
}
