package eu.chorus.samples.export;

import eu.chorus.samples.plan.Draw;
import eu.chorus.samples.plan.SubmissionPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The train/test split: about 30 % test within every stratum. Strata are the true stakeholder
 * groups, except that each campaign is a stratum of its own, so that every campaign has members on
 * both sides and none is hidden from training.
 */
final class Split {

  static final String TRAIN = "train";
  static final String TEST = "test";
  static final double TEST_SHARE = 0.3;

  private Split() {}

  /** Maps every submission id to {@link #TRAIN} or {@link #TEST}. */
  static Map<String, String> assign(List<SubmissionPlan> plans, long seed) {
    Map<String, List<String>> strata = new TreeMap<>();
    for (SubmissionPlan p : plans) {
      String stratum =
          p.campaignId().map(c -> "campaign:" + c).orElse(p.respondent().group().name());
      strata.computeIfAbsent(stratum, k -> new ArrayList<>()).add(p.id());
    }
    SplittableRandom rng = new SplittableRandom(seed ^ 0x7E57L);
    Map<String, String> split = new HashMap<>();
    for (List<String> ids : strata.values()) {
      List<String> shuffled = Draw.shuffled(ids, rng);
      int test = (int) Math.round(shuffled.size() * TEST_SHARE);
      for (int i = 0; i < shuffled.size(); i++) {
        split.put(shuffled.get(i), i < test ? TEST : TRAIN);
      }
    }
    return split;
  }
}
