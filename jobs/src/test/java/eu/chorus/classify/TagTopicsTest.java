package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagTopicsTest {

  @Test
  void quotedDraftTextIsNotTheRespondentsWordsButAQuotedTermIs() {
    List<String> words =
        List.of(
            "the",
            "draft",
            "says",
            "``",
            "providers",
            "shall",
            "not",
            "be",
            "required",
            "''",
            ",",
            "which",
            "we",
            "oppose",
            "as",
            "``",
            "high-risk",
            "''",
            "uses");
    boolean[] quoted = TagTopics.quoted(words);
    boolean[] expected = new boolean[words.size()];
    java.util.Arrays.fill(expected, 3, 10, true);
    assertArrayEquals(expected, quoted);
  }
}
