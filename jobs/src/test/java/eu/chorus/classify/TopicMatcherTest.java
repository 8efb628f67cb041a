package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {

  private final TopicMatcher matcher = new TopicMatcher(Codebook.load());

  @Test
  void matchesTermsOnLemmasOrWords() {
    // CoreNLP lemmatises "data" to "datum"; the word still matches.
    List<String> words = List.of("text", "and", "data", "mining", "by", "crawlers");
    List<String> lemmas = List.of("text", "and", "datum", "mining", "by", "crawler");
    assertEquals(Map.of("WG1.COPYRIGHT_POLICY", 2), matcher.match(words, lemmas));
  }

  @Test
  void splitsHyphenatedTokensLikeTheTerms() {
    List<String> words = List.of("providers", "should", "honour", "opt-outs");
    List<String> lemmas = List.of("provider", "should", "honour", "opt-out");
    assertEquals(Map.of("WG1.COPYRIGHT_POLICY", 1), matcher.match(words, lemmas));
  }

  @Test
  void countsTheLongestTermOnceAtEachPosition() {
    // "serious incident" and "incident" are both terms; the longer wins, once.
    List<String> words = List.of("a", "serious", "incident", "report");
    assertEquals(Map.of("WG4.INCIDENT_REPORTING", 1), matcher.match(words, words));
  }

  @Test
  void findsNothingInUnrelatedText() {
    List<String> words = List.of("thank", "you", "for", "the", "opportunity");
    assertEquals(Map.of(), matcher.match(words, words));
  }
}
