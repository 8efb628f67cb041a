package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.GpaiProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {

  private final TopicMatcher matcher = new TopicMatcher(GpaiProfile.PROFILE.codebook());

  private Map<String, Integer> match(String language, String... words) {
    List<String> w = Arrays.asList(words);
    return matcher.match(TermAnalyzer.tokens(w, w, matcher.matchingLanguage(language)), language);
  }

  @Test
  void matchesInflectedFormsThroughStems() {
    assertEquals(
        Map.of("WG1.COPYRIGHT_POLICY", 2),
        match("en", "text", "and", "data", "mining", "by", "crawlers"));
  }

  @Test
  void splitsHyphenatedTokensLikeTheTerms() {
    assertEquals(
        Map.of("WG1.COPYRIGHT_POLICY", 1),
        match("en", "providers", "should", "honour", "opt-outs"));
  }

  @Test
  void countsTheLongestTermOnceAtEachPosition() {
    // "serious incident" and "incident" are both terms; the longer wins, once.
    assertEquals(
        Map.of("WG4.INCIDENT_REPORTING", 1), match("en", "a", "serious", "incident", "occurred"));
  }

  @Test
  void matchesFrenchTermsInFrenchText() {
    assertEquals(
        Map.of("WG4.WHISTLEBLOWING", 1), match("fr", "protéger", "les", "lanceurs", "d'alerte"));
  }

  @Test
  void findsNothingInUnrelatedText() {
    assertEquals(Map.of(), match("en", "thank", "you", "for", "the", "opportunity"));
  }

  @Test
  void matchesTheTermsOfAnotherConsultationsCodebook() {
    TopicMatcher whitePaper =
        new TopicMatcher(ConsultationProfile.load("ai-white-paper-2020").codebook());
    List<String> en =
        List.of(
            "we",
            "ask",
            "for",
            "a",
            "ban",
            "on",
            "facial",
            "recognition",
            "in",
            "publicly",
            "accessible",
            "spaces");
    assertEquals(
        Map.of("WP.BIOMETRIC_ID", 2), whitePaper.match(TermAnalyzer.tokens(en, en, "en"), "en"));
    List<String> de =
        List.of("die", "produkthaftungsrichtlinie", "muss", "die", "beweislast", "umkehren");
    assertEquals(
        Map.of("WP.LIABILITY_PLD", 2), whitePaper.match(TermAnalyzer.tokens(de, de, "de"), "de"));
  }

  @Test
  void marksTheWordsOfATermEvenWhereAWordHasSeveralStems() {
    TopicMatcher whitePaper =
        new TopicMatcher(ConsultationProfile.load("ai-white-paper-2020").codebook());
    // "non-high-risk" analyses to three stems, the last two starting the term "high-risk AI".
    List<String> words =
        List.of("a", "voluntary", "labelling", "system", "for", "non-high-risk", "ai", "helps");
    String t = TopicMatcher.TERM_WORD;
    assertEquals(
        List.of("a", t, t, "system", "for", t, t, "helps"),
        TopicMatcher.masked(words, whitePaper.inTerms(words, words, "en")));
  }
}
