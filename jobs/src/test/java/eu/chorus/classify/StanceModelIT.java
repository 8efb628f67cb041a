package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.TextAnnotation;
import eu.chorus.passage.Passage;
import eu.chorus.profile.GpaiProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hard cases, end to end: tagging, topic-scoped evidence and the committed stance model. */
class StanceModelIT {

  private static final TagTopics TAG =
      new TagTopics(GpaiProfile.PROFILE.codebook(), StanceCues.load(), GroupCues.load());
  private static final LinearModel MODEL = LinearModel.load(SubmissionClassifier.STANCE_MODEL);

  /** Paragraphs as a tokeniser would give them: words and punctuation separated by spaces. */
  private static String stance(String topic, String language, String... paragraphs) {
    List<TaggedPassage> tagged = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      List<String> words = Arrays.asList(paragraphs[i].toLowerCase(Locale.ROOT).split(" "));
      Passage p =
          new Passage(
              String.format(Locale.ROOT, "S:1:%04d", i + 1),
              "S",
              "S/a.pdf",
              1,
              language,
              paragraphs[i]);
      tagged.add(TAG.call(new AnnotatedPassage(p, new TextAnnotation(words, words, 1, List.of()))));
    }
    TopicEvidence t =
        SummariseSubmission.summarise("S", tagged).topics().stream()
            .filter(e -> e.topic().equals(topic))
            .findFirst()
            .orElseThrow();
    return MODEL.best(Features.stance(t)).getKey();
  }

  @Test
  void notOpposingAMeasureIsNotOpposition() {
    assertEquals(
        "SUPPORT",
        stance(
            "WG4.WHISTLEBLOWING",
            "en",
            "We do not oppose the whistleblower protection measure ; we strongly support it ."));
  }

  @Test
  void opposingAWeakeningIsSupport() {
    assertEquals(
        "SUPPORT",
        stance(
            "WG4.WHISTLEBLOWING", "en", "We oppose any weakening of whistleblower protection ."));
  }

  @Test
  void conditionalSupportIsMixed() {
    assertEquals(
        "MIXED",
        stance(
            "WG4.WHISTLEBLOWING",
            "en",
            "We support the whistleblower measure provided that reports go through internal channels first . "
                + "However , the draft as currently drafted is too broad ."));
  }

  @Test
  void frenchOpposition() {
    assertEquals(
        "OPPOSE",
        stance(
            "WG4.WHISTLEBLOWING",
            "fr",
            "Nous nous opposons au dispositif d'alerte proposé , qui est disproportionné et devrait être supprimé ."));
  }

  @Test
  void germanSupport() {
    assertEquals(
        "SUPPORT",
        stance(
            "WG4.WHISTLEBLOWING",
            "de",
            "Wir begrüßen den Hinweisgeberschutz ausdrücklich und fordern , ihn verbindlich zu machen ."));
  }

  /** The model's probability of {@code stance} for the evidence of one English paragraph. */
  private static double probability(String stance, String paragraph) {
    List<String> words = Arrays.asList(paragraph.toLowerCase(Locale.ROOT).split(" "));
    Passage p = new Passage("S:1:0001", "S", "S/a.pdf", 1, "en", paragraph);
    TaggedPassage tagged =
        TAG.call(new AnnotatedPassage(p, new TextAnnotation(words, words, 1, List.of())));
    TopicEvidence t =
        SummariseSubmission.summarise("S", List.of(tagged)).topics().stream()
            .filter(e -> e.topic().equals("WG4.WHISTLEBLOWING"))
            .findFirst()
            .orElseThrow();
    return MODEL.probabilities(Features.stance(t)).get(stance);
  }

  @Test
  void whatADemandAsksForMovesTheStance() {
    String neutral = "The whistleblowing measure should be discussed with the working group .";
    // Same sentence, same modal: only its predicate differs.
    assertTrue(
        probability(
                "OPPOSE", "The whistleblowing measure should be confined to the working group .")
            > probability("OPPOSE", neutral));
    assertTrue(
        probability(
                "SUPPORT", "The whistleblowing measure should be extended to the working group .")
            > probability("SUPPORT", neutral));
    assertTrue(
        probability(
                "MIXED", "The whistleblowing measure should be clarified with the working group .")
            > probability("MIXED", neutral));
  }
}
