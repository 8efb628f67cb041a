package eu.chorus.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {

  private static final MinHashBands LSH = new MinHashBands(40, 3, 7L);

  /** Two sets of 1,000 hashes sharing {@code shared} of them (Jaccard shared / (2000 - shared)). */
  private static List<long[]> pair(SplittableRandom rng, int shared) {
    long[] common = LongStream.generate(rng::nextLong).limit(shared).toArray();
    long[] a =
        LongStream.concat(
                LongStream.of(common), LongStream.generate(rng::nextLong).limit(1000 - shared))
            .sorted()
            .toArray();
    long[] b =
        LongStream.concat(
                LongStream.of(common), LongStream.generate(rng::nextLong).limit(1000 - shared))
            .sorted()
            .toArray();
    return List.of(LSH.signature(a), LSH.signature(b));
  }

  /** The share of 200 pairs of this similarity that are proposed. */
  private static double proposedShare(int shared) {
    SplittableRandom rng = new SplittableRandom(shared);
    int proposed = 0;
    for (int i = 0; i < 200; i++) {
      proposed += LSH.candidates(pair(rng, shared)).size();
    }
    return proposed / 200.0;
  }

  @Test
  void pairsAreProposedAboutAsOftenAsTheirSimilarityPredicts() {
    // similarity 0.05, 0.25, 0.5, 0.67
    for (int shared : new int[] {95, 400, 667, 800}) {
      double similarity = shared / (2000.0 - shared);
      double expected = LSH.proposalProbability(similarity);
      double measured = proposedShare(shared);
      assertEquals(expected, measured, 0.08, "similarity " + similarity);
    }
    assertTrue(LSH.proposalProbability(0.48) > 0.99);
    assertTrue(LSH.proposalProbability(0.05) < 0.01);
  }

  @Test
  void identicalTextsAreAlwaysProposedAndEachPairOnceInOrder() {
    long[] text = {3, 5, 8, 13, 21};
    List<long[]> signatures =
        new ArrayList<>(
            List.of(
                LSH.signature(text),
                LSH.signature(new long[] {1, 2}),
                LSH.signature(text.clone()),
                LSH.signature(text.clone())));
    List<int[]> candidates = LSH.candidates(signatures);
    assertEquals(3, candidates.size());
    assertArrayEquals(new int[] {0, 2}, candidates.get(0));
    assertArrayEquals(new int[] {0, 3}, candidates.get(1));
    assertArrayEquals(new int[] {2, 3}, candidates.get(2));
  }

  @Test
  void theSameSeedGivesTheSameSignature() {
    long[] text = {42, 4242, 424242};
    assertArrayEquals(LSH.signature(text), new MinHashBands(40, 3, 7L).signature(text));
  }
}
