package eu.chorus.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void wordsIgnoreCasePunctuationAndLayout() {
    assertEquals(List.of("article", "53", "1", "c", "requires", "é"),
        Shingles.words("Article 53(1)(c)\n  REQUIRES — e\u0301!"));
  }

  @Test
  void shinglesAreDistinctRunsOfConsecutiveWords() {
    assertEquals(Set.of("a b c", "b c a", "c a b"),
        Shingles.of(List.of("a", "b", "c", "a", "b", "c"), 3));
    assertEquals(Set.of(), Shingles.of(List.of("a", "b"), 3));
  }

  @Test
  void jaccardIsSharedOverAll() {
    assertEquals(0.5, Shingles.jaccard(List.of("x", "y", "z"), List.of("y", "z", "w", "y")), 1e-12);
    assertEquals(1.0, Shingles.jaccard(Set.of("x"), List.of("x")), 1e-12);
    assertEquals(0.0, Shingles.jaccard(List.of(), List.of()), 1e-12);
  }
}
