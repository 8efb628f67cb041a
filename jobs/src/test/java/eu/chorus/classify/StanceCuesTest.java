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

  private final StanceCues cues =
      StanceCues.parse(
          new ObjectMapper()
              .readTree(
                  """
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
    assertEquals(
        Map.of("oppose_reversed", 1.0), features("we oppose any weakening of the measure"));
  }

  @Test
  void hedgesConditionsAndQuestionsAreCountedApart() {
    assertEquals(
        Map.of("support", 1.0, "mixed", 1.0, "hedge", 1.0),
        features("we could welcome it provided that smes are spared"));
    assertEquals(Map.of("question", 1.0), features("is this measure needed?"));
  }

  private static final StanceCues LEXICON = StanceCues.load();

  /** Pro and con cues of a sentence read with the shipped lexicon of its language. */
  private static double[] proCon(String sentence, String language) {
    List<String> words = Arrays.asList(sentence.toLowerCase(java.util.Locale.ROOT).split(" "));
    Map<String, Double> f =
        LEXICON.features(TermAnalyzer.tokens(words, words, language), language, false);
    return new double[] {
      StanceCues.pro(f), StanceCues.con(f), f.getOrDefault(StanceCues.MIXED, 0.0)
    };
  }

  @Test
  void notOpposingIsNotOpposition() {
    double[] c = proCon("we do not oppose the publication of a summary of training content", "en");
    assertEquals(0.0, c[1]);
    assertEquals(1.0, c[0]);
  }

  @Test
  void opposingAnyWeakeningOfAMeasureSupportsIt() {
    double[] c = proCon("we oppose any weakening of the incident reporting obligations", "en");
    assertEquals(1.0, c[0]);
    assertEquals(0.0, c[1]);
  }

  @Test
  void conditionalSupportCarriesAConditionMarker() {
    double[] c =
        proCon("we support the measure provided that small providers are given more time", "en");
    assertEquals(1.0, c[0]);
    assertEquals(1.0, c[2]);
  }

  @Test
  void frenchNegationFlipsSupport() {
    double[] c = proCon("nous ne soutenons pas cette mesure dans sa forme actuelle", "fr");
    assertEquals(0.0, c[0]);
    assertEquals(1.0, c[1]);
    assertEquals(1.0, c[2]);
  }

  @Test
  void germanRejectionOfAWateringDownIsSupport() {
    double[] c = proCon("wir lehnen jede verwässerung der meldepflichten ab", "de");
    assertEquals(1.0, c[0]);
    assertEquals(0.0, c[1]);
  }

  @Test
  void aRequestTakesThePolarityOfWhatItAsksFor() {
    double[] removal =
        proCon("we call for these qualifiers to be deleted from the commitments", "en");
    assertEquals(0.0, removal[0]);
    assertEquals(1.0, removal[1]);
    double[] plain = proCon("we urge the drafters to publish templates for small companies", "en");
    assertEquals(1.0, plain[0]);
    assertEquals(0.0, plain[1]);
    double[] german = proCon("wir fordern , diese anforderung zu streichen", "de");
    assertEquals(0.0, german[0]);
    assertEquals(1.0, german[1]);
  }

  private static Map<String, Double> voice(String sentence, String language) {
    List<String> words = Arrays.asList(sentence.toLowerCase(java.util.Locale.ROOT).split(" "));
    return LEXICON.voice(TermAnalyzer.tokens(words, words, language), language);
  }

  @Test
  void modalsOfDemandAndTheRespondentsOwnVoiceAreCountedApartFromCues() {
    assertEquals(
        Map.of(StanceCues.FIRST_PERSON, 1.0, StanceCues.DEMAND, 1.0, StanceCues.ADVICE, 1.0),
        voice("in our view the summary must cover fine-tuning data", "en"));
    assertEquals(
        Map.of(StanceCues.FIRST_PERSON, 1.0, StanceCues.DEMAND, 1.0, StanceCues.ADVICE, 1.0),
        voice("nous pensons que le code devrait couvrir ces données", "fr"));
    assertEquals(
        Map.of(StanceCues.DEMAND, 1.0), voice("der kodex sollte diese daten abdecken", "de"));
    // A description of what others published: no demand, no own voice, only figures.
    assertEquals(
        Map.of(StanceCues.NUMBER, 2.0),
        voice("studies published in 2023 found bias in 12 image generators", "en"));
    // Voice never adds a stance cue.
    assertEquals(
        Map.of(),
        LEXICON.features(
            TermAnalyzer.tokens(List.of("we", "must"), List.of("we", "must"), "en"), "en", false));
  }

  private static Map<String, Double> asks(String sentence, String language) {
    List<String> words = Arrays.asList(sentence.toLowerCase(java.util.Locale.ROOT).split(" "));
    return LEXICON.demandPredicates(TermAnalyzer.tokens(words, words, language), language);
  }

  @Test
  void aDemandIsReadByWhatItAsksFor() {
    assertEquals(
        Map.of("demand:restrict", 1.0),
        asks("the category should be confined to chemical weapons", "en"));
    assertEquals(Map.of("demand:extend", 1.0), asks("providers must publish the summary", "en"));
    assertEquals(Map.of("demand:clarify", 1.0), asks("the threshold should be clarified", "en"));
    assertEquals(
        Map.of("demand:clarify", 1.0), asks("le code devrait préciser ces critères", "fr"));
    assertEquals(
        Map.of("demand:restrict", 1.0), asks("die pflicht sollte gestrichen werden", "de"));
  }

  @Test
  void aNegatorBetweenADemandAndItsPredicateIsKept() {
    assertEquals(
        Map.of("demand:not_restrict", 1.0), asks("the obligation must not be removed", "en"));
    assertEquals(
        Map.of("demand:not_extend", 1.0), asks("the code should never include fine-tuning", "en"));
  }

  @Test
  void aPredicateFarFromTheModalOrNoneIsNotRead() {
    assertEquals(
        Map.of(), asks("the code should in our opinion at some later point be deleted", "en"));
    assertEquals(Map.of(), asks("providers should consider the risks", "en"));
    // Each modal asks for its own predicate only.
    assertEquals(
        Map.of("demand:extend", 1.0), asks("we must act and it should be maintained", "en"));
  }

  @Test
  void aNegatorFurtherBackFlipsACueWhenNoOtherCueStandsBetween() {
    double[] far = proCon("we do not think that this proposal should be supported", "en");
    assertEquals(0.0, far[0]);
    assertEquals(1.0, far[1]);
    // "not" belongs to the first cue; the second, after a contrast, is read on its own
    double[] two = proCon("we do not oppose the first option but support the second", "en");
    assertEquals(2.0, two[0]);
    assertEquals(0.0, two[1]);
  }

  @Test
  void respondentsArguingByConsequenceAdviceAndConcernAreCounted() {
    Map<String, Double> harm =
        voice("we believe these obligations would stifle innovation in europe", "en");
    assertEquals(1.0, harm.get(StanceCues.ADVICE));
    assertEquals(1.0, harm.get(StanceCues.HARM));
    assertEquals(
        1.0, voice("this is an essential safeguard for citizens", "en").get(StanceCues.BENEFIT));
    assertEquals(
        1.0,
        voice("we are concerned that the definition is too broad", "en").get(StanceCues.CONCERN));
    assertEquals(
        1.0,
        voice("wir befürchten eine fragmentierung des binnenmarkts", "de").get(StanceCues.CONCERN));
  }

  @Test
  void whereASentenceTurnsAfterAContrastIsCountedApart() {
    Map<String, Double> turn =
        voice(
            "we welcome the white paper but we oppose conformity assessment by third parties",
            "en");
    assertEquals(1.0, turn.get(StanceCues.CONTRAST_CON));
    assertEquals(null, turn.get(StanceCues.CONTRAST_PRO));
  }

  @Test
  void aCitationIsNotTheRespondentsVoice() {
    List<String> words =
        StanceCues.words("See Smith et al. (2019), available at https://example.org/report");
    assertEquals(true, LEXICON.citation(TermAnalyzer.tokens(words, words, "en"), "en"));
    List<String> own = StanceCues.words("We support the proposal.");
    assertEquals(false, LEXICON.citation(TermAnalyzer.tokens(own, own, "en"), "en"));
  }

  @Test
  void beingAgainstIsOpposition() {
    double[] against = proCon("we are firmly against any such measure", "en");
    assertEquals(0.0, against[0]);
    assertEquals(1.0, against[1]);
  }
}
