package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.annotate.TermAnalyzer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceCuesTest {

  private final StanceCues cues = StanceCues.parse(new ObjectMapper().readTree("""
      {"version": "t", "languages": {"en": {
        "support": ["we support", "welcome"], "oppose": ["oppose", "should be deleted"],
        "mixed": ["provided that"], "negators": ["not", "cannot"], "reversal": ["weakening", "removal"],
        "hedges": ["could"]}}}"""));

  StanceCuesTest() throws IOException {}

  private Map<String, Double> features(String text) {
    List<String> words = Arrays.asList(text.toLowerCase(java.util.Locale.ROOT).split(" "));
    return cues.features(TermAnalyzer.tokens(words, words, "en"), "en", text.endsWith("?"));
  }

  @Test
  void countsPlainCues() {
    assertEquals(Map.of("support", 1.0), features("we support the measure"));
    assertEquals(Map.of("oppose", 1.0), features("this paragraph should be deleted"));
  }

  @Test
  void aNegatorJustBeforeACueFlipsIt() {
    assertEquals(Map.of("oppose_negated", 1.0), features("we do not oppose a summary"));
    assertEquals(Map.of("support_negated", 1.0), features("we cannot welcome this"));
  }

  @Test
  void opposingAWeakeningIsSupport() {
    assertEquals(Map.of("oppose_reversed", 1.0), features("we oppose any weakening of the measure"));
  }

  @Test
  void hedgesConditionsAndQuestionsAreCountedApart() {
    assertEquals(Map.of("support", 1.0, "mixed", 1.0, "hedge", 1.0),
        features("we could welcome it provided that smes are spared"));
    assertEquals(Map.of("question", 1.0), features("is this measure needed?"));
  }
}
