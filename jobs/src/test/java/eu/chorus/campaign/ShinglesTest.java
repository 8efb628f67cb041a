package eu.chorus.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void wordsIgnoreCasePunctuationAndLayout() {
    assertEquals(
        List.of("article", "53", "1", "c", "requires", "é"),
        Shingles.words("Article 53(1)(c)\n  REQUIRES — e\u0301!"));
  }

  @Test
  void shinglesAreDistinctRunsOfConsecutiveWords() {
    assertEquals(
        Set.of("a b c", "b c a", "c a b"), Shingles.of(List.of("a", "b", "c", "a", "b", "c"), 3));
    assertEquals(Set.of(), Shingles.of(List.of("a", "b"), 3));
  }

  @Test
  void jaccardIsSharedOverAll() {
    assertEquals(0.5, Shingles.jaccard(List.of("x", "y", "z"), List.of("y", "z", "w", "y")), 1e-12);
    assertEquals(1.0, Shingles.jaccard(Set.of("x"), List.of("x")), 1e-12);
    assertEquals(0.0, Shingles.jaccard(List.of(), List.of()), 1e-12);
  }

  @Test
  void hashedShinglesGiveTheSameJaccardAsTheShinglesThemselves() {
    List<String> a =
        Shingles.words(
            "the code should ask providers for a summary of the training data they used");
    List<String> b =
        Shingles.words("the code should ask providers for a public summary of the training data");
    long[] x = Shingles.hashed(a, 3);
    long[] y = Shingles.hashed(b, 3);
    assertEquals(Shingles.of(a, 3).size(), x.length);
    assertEquals(
        Shingles.jaccard(Shingles.of(a, 3), Shingles.of(b, 3)), Shingles.jaccard(x, y), 1e-12);
    assertEquals(1.0, Shingles.jaccard(x, x.clone()), 1e-12);
    assertEquals(0.0, Shingles.jaccard(new long[0], new long[0]), 1e-12);
  }
}
