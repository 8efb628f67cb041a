package eu.chorus.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class CampaignGroupingTest {

  /** S1 is the template: each copy is closer to it than to another copy. */
  private static final Map<String, Double> SIMILARITY =
      Map.of("S1 S2", 0.9, "S1 S3", 0.8, "S2 S3", 0.7, "S7 S8", 0.6);

  private static final ToDoubleBiFunction<String, String> LOOKUP =
      (a, b) -> SIMILARITY.getOrDefault(a + " " + b, 0.1);

  @Test
  void pairsJoinIntoComponentsNumberedBySizeThenTemplate() {
    List<Campaign> campaigns =
        CampaignGrouping.group(
            List.of(
                new SimilarPair("S7", "S8", 0.6),
                new SimilarPair("S2", "S3", 0.7),
                new SimilarPair("S1", "S2", 0.9)),
            LOOKUP);
    assertEquals(
        List.of(
            new Campaign("CAMP-01", List.of("S1", "S2", "S3"), "S1", 0.7, 0.8),
            new Campaign("CAMP-02", List.of("S7", "S8"), "S7", 0.6, 0.6)),
        rounded(campaigns));
    assertEquals(
        Map.of("S1", "CAMP-01", "S2", "CAMP-01", "S3", "CAMP-01", "S7", "CAMP-02", "S8", "CAMP-02"),
        CampaignGrouping.campaignOf(campaigns));
  }

  @Test
  void aChainedMemberShowsInTheLowestSimilarity() {
    // S1-S2 and S2-S3 pass the threshold, S1-S3 (0.1) does not: one campaign, min_similarity says
    // so.
    List<Campaign> campaigns =
        CampaignGrouping.group(
            List.of(new SimilarPair("S1", "S2", 0.9), new SimilarPair("S2", "S3", 0.7)),
            (a, b) -> a.equals("S1") && b.equals("S3") ? 0.1 : LOOKUP.applyAsDouble(a, b));
    assertEquals(1, campaigns.size());
    assertEquals(0.1, campaigns.get(0).minSimilarity(), 1e-12);
    assertEquals("S2", campaigns.get(0).templateSubmissionId());
  }

  @Test
  void theOrderOfPairsDoesNotChangeTheResult() {
    List<SimilarPair> pairs =
        new ArrayList<>(
            List.of(
                new SimilarPair("S1", "S2", 0.9),
                new SimilarPair("S2", "S3", 0.7),
                new SimilarPair("S1", "S3", 0.8),
                new SimilarPair("S7", "S8", 0.6)));
    List<Campaign> first = CampaignGrouping.group(pairs, LOOKUP);
    Collections.reverse(pairs);
    assertEquals(first, CampaignGrouping.group(pairs, LOOKUP));
  }

  @Test
  void equalSizesAreOrderedByTemplateIdAndIdsWidenPastNinetyNine() {
    List<SimilarPair> pairs = new ArrayList<>();
    for (int i = 100; i < 300; i += 2) {
      pairs.add(new SimilarPair("S" + i, "S" + (i + 1), 0.9));
    }
    List<Campaign> campaigns = CampaignGrouping.group(pairs, (a, b) -> 0.9);
    assertEquals(100, campaigns.size());
    assertEquals("CAMP-001", campaigns.get(0).campaignId());
    assertEquals("S100", campaigns.get(0).templateSubmissionId());
    assertEquals("CAMP-100", campaigns.get(99).campaignId());
  }

  private static List<Campaign> rounded(List<Campaign> campaigns) {
    return campaigns.stream()
        .map(
            c ->
                new Campaign(
                    c.campaignId(),
                    c.members(),
                    c.templateSubmissionId(),
                    Math.round(c.minSimilarity() * 1e9) / 1e9,
                    Math.round(c.meanSimilarity() * 1e9) / 1e9))
        .toList();
  }
}
