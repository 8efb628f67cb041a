package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.Consent;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.profile.StakeholderGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionClassifierTest {

  /**
   * A group model that has learnt: academic self-descriptions mean ACADEMIA, else
   * INDUSTRY_ASSOCIATION.
   */
  private static LinearModel groupModel() {
    List<Map<String, Double>> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      x.add(Map.of("intro:ACADEMIA", 1.0));
      y.add("ACADEMIA");
      x.add(Map.of("intro:INDUSTRY_ASSOCIATION", 1.0));
      y.add("INDUSTRY_ASSOCIATION");
    }
    return LinearModel.train(x, y, 1.0);
  }

  private static final SubmissionEvidence ACADEMIC =
      new SubmissionEvidence(
          "S", 100, 3, "en", List.of(), Map.of("intro:ACADEMIA", 2.0), List.of());

  private static Submission declared(String type) {
    return new Submission("S", "", type, "", "", "en", Consent.PUBLIC, List.of("S/a.pdf"), true);
  }

  private static SubmissionClassifier classifier(boolean ignoreDeclared) {
    return new SubmissionClassifier(
        GpaiProfile.PROFILE, null, null, groupModel(), GroupCues.load(), ignoreDeclared, 1.01);
  }

  @Test
  void keepsTheDeclaredGroupAndFlagsADisagreeingInference() {
    GroupAssignment g = classifier(false).group(declared("INDUSTRY_ASSOCIATION"), ACADEMIC);
    assertEquals(GpaiProfile.INDUSTRY_ASSOCIATION, g.group());
    assertEquals(GroupSource.DECLARED, g.source());
    assertEquals(GpaiProfile.ACADEMIA, g.inferred());
    assertTrue(g.conflict());
  }

  @Test
  void replacesADeclaredTypeTheModelConfidentlyContradicts() {
    SubmissionClassifier confidentOverride =
        new SubmissionClassifier(
            GpaiProfile.PROFILE, null, null, groupModel(), GroupCues.load(), false, 0.5);
    GroupAssignment g = confidentOverride.group(declared("INDUSTRY_ASSOCIATION"), ACADEMIC);
    assertEquals(GpaiProfile.ACADEMIA, g.group());
    assertEquals(GroupSource.MODEL, g.source());
    assertTrue(g.conflict());
  }

  @Test
  void infersTheGroupWhenNothingUsableIsDeclared() {
    GroupAssignment g = classifier(false).group(declared("Other (please specify)"), ACADEMIC);
    assertEquals(GpaiProfile.ACADEMIA, g.group());
    assertEquals(GroupSource.MODEL, g.source());
    assertFalse(g.conflict());
    assertTrue(g.confidence() > 0.5);
  }

  @Test
  void aDeclaredOtherIsTheCatchAllAndTheModelDecides() {
    GroupAssignment g = classifier(false).group(declared("OTHER"), ACADEMIC);
    assertEquals(GpaiProfile.ACADEMIA, g.group());
    assertEquals(GroupSource.MODEL, g.source());
    assertEquals(GpaiProfile.ACADEMIA, g.inferred());
    assertTrue(g.conflict());
  }

  @Test
  void aDeclaredOtherStandsOnlyWhileTheModelIsUnsure() {
    GroupAssignment kept =
        decide(
            Optional.of(GpaiProfile.OTHER),
            Map.entry("GPAI_PROVIDER", 0.3),
            0.8,
            SubmissionClassifier.OVERRIDE_OTHER_ABOVE);
    assertEquals(GpaiProfile.OTHER, kept.group());
    assertEquals(GroupSource.DECLARED, kept.source());
    assertTrue(kept.conflict());
    GroupAssignment replaced =
        decide(
            Optional.of(GpaiProfile.OTHER),
            Map.entry("GPAI_PROVIDER", 0.5),
            0.8,
            SubmissionClassifier.OVERRIDE_OTHER_ABOVE);
    assertEquals(GpaiProfile.GPAI_PROVIDER, replaced.group());
    assertEquals(GroupSource.MODEL, replaced.source());
  }

  @Test
  void aNamedDeclaredGroupNeedsAConfidentContradiction() {
    GroupAssignment kept =
        decide(
            Optional.of(GpaiProfile.DOWNSTREAM_PROVIDER),
            Map.entry("GPAI_PROVIDER", 0.7),
            0.8,
            SubmissionClassifier.OVERRIDE_OTHER_ABOVE);
    assertEquals(GpaiProfile.DOWNSTREAM_PROVIDER, kept.group());
    assertTrue(kept.conflict());
    GroupAssignment replaced =
        decide(
            Optional.of(GpaiProfile.INDUSTRY_ASSOCIATION),
            Map.entry("CIVIL_SOCIETY", 0.85),
            0.8,
            SubmissionClassifier.OVERRIDE_OTHER_ABOVE);
    assertEquals(GpaiProfile.CIVIL_SOCIETY, replaced.group());
    assertEquals(GroupSource.MODEL, replaced.source());
    assertEquals(0.85, replaced.confidence(), 1e-9);
  }

  private static GroupAssignment decide(
      Optional<StakeholderGroup> declared,
      Map.Entry<String, Double> best,
      double overrideDeclaredAbove,
      double overrideOtherAbove) {
    return SubmissionClassifier.decide(
        GpaiProfile.PROFILE, declared, best, overrideDeclaredAbove, overrideOtherAbove);
  }

  @Test
  void ignoresDeclaredTypesWhenAskedTo() {
    GroupAssignment g = classifier(true).group(declared("INDUSTRY_ASSOCIATION"), ACADEMIC);
    assertEquals(GpaiProfile.ACADEMIA, g.group());
    assertEquals(GroupSource.MODEL, g.source());
  }
}
