package eu.chorus.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Translated copies on generated letters: an English template, its French rendering (same topics
 * and references per paragraph, in order), and a French letter on the same topics in another order.
 */
class AttachTranslationsTest {

  /** The template's paragraphs: topics carried and text (with its references). */
  private static final List<Paragraph> ENGLISH =
      List.of(
          new Paragraph(
              List.of("X.PROCESS"), "Dear members of the AI Office, dear chairs and vice-chairs,"),
          new Paragraph(
              List.of(), "Like many colleagues, I want to share the following message with you."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY"),
              "We are writers and creators whose work was used to train models."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY", "WG1.TRAINING_DATA_SUMMARY"),
              "Article 53(1)(c) requires a policy to respect reservations under Article 4(3) of Directive (EU) 2019/790."),
          new Paragraph(
              List.of("WG1.TRAINING_DATA_SUMMARY"),
              "The public summary required by Article 53(1)(d) must be detailed enough to find our books."),
          new Paragraph(
              List.of("RISK.DISCRIMINATION"),
              "We are not against technology; we ask for the same rules."),
          new Paragraph(List.of(), "The undersigned authors, artists and creators"));

  private static final List<Paragraph> FRENCH =
      List.of(
          new Paragraph(
              List.of("X.PROCESS"), "Mesdames et Messieurs les membres du Bureau de l'IA,"),
          new Paragraph(
              List.of(),
              "Comme beaucoup de mes collègues, je souhaite vous transmettre le message suivant."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY"),
              "Nous sommes écrivains et créateurs dont les œuvres ont servi."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY", "WG1.TRAINING_DATA_SUMMARY"),
              "L'article 53, paragraphe 1, point c), impose une politique; article 4, paragraphe 3, directive (UE) 2019/790."),
          new Paragraph(
              List.of("WG1.TRAINING_DATA_SUMMARY"),
              "Le résumé public exigé par l'article 53, paragraphe 1, point d), doit être détaillé."),
          new Paragraph(
              List.of("RISK.DISCRIMINATION"), "Nous ne sommes pas hostiles à la technologie."),
          new Paragraph(List.of(), "Les autrices, auteurs, artistes et créateurs soussignés"));

  /** Same topics as the template, another structure and no shared references. */
  private static final List<Paragraph> FRENCH_OTHER_LETTER =
      List.of(
          new Paragraph(List.of("RISK.DISCRIMINATION"), "Les modèles reproduisent des biais."),
          new Paragraph(
              List.of("WG1.TRAINING_DATA_SUMMARY"),
              "Le résumé des données devrait suivre un modèle unique."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY", "X.PROCESS"),
              "La politique de droit d'auteur et le calendrier."),
          new Paragraph(
              List.of("WG1.COPYRIGHT_POLICY"),
              "Les titulaires de droits doivent être consultés en 2025."),
          new Paragraph(List.of("X.PROCESS"), "Nous restons à votre disposition."));

  private static final AttachTranslations STAGE = new AttachTranslations(0.5, 10);

  @Test
  void aTranslatedCopyHasTheTemplatesOutline() {
    assertEquals(
        1.0,
        LetterOutline.similarity(outline("E1", "en", ENGLISH), outline("F1", "fr", FRENCH)),
        1e-9);
  }

  @Test
  void aLetterOnTheSameTopicsInAnotherOrderIsNotAlike() {
    double s =
        LetterOutline.similarity(
            outline("E1", "en", ENGLISH), outline("F2", "fr", FRENCH_OTHER_LETTER));
    assertTrue(s < 0.5, "similarity " + s);
  }

  @Test
  void theTranslationJoinsTheTemplatesCampaignAndTheOtherLetterDoesNot() {
    Map<String, LetterOutline> outlines =
        outlines(
            outline("E1", "en", ENGLISH), outline("E2", "en", ENGLISH),
            outline("F1", "fr", FRENCH), outline("F2", "fr", FRENCH_OTHER_LETTER));
    List<Campaign> campaigns =
        STAGE.apply(
            List.of(new Campaign("CAMP-01", List.of("E1", "E2"), "E1", 0.9, 0.9)), outlines);
    assertEquals(
        List.of(
            new Campaign("CAMP-01", List.of("E1", "E2", "F1"), "E1", 0.9, 0.9, List.of("F1"), 1.0)),
        campaigns);
  }

  @Test
  void aCampaignOfTranslationsMergesIntoTheTemplatesCampaign() {
    Map<String, LetterOutline> outlines =
        outlines(
            outline("E1", "en", ENGLISH),
            outline("E2", "en", ENGLISH),
            outline("E3", "en", ENGLISH),
            outline("F1", "fr", FRENCH),
            outline("F3", "fr", FRENCH));
    List<Campaign> campaigns =
        STAGE.apply(
            List.of(
                new Campaign("CAMP-01", List.of("E1", "E2", "E3"), "E2", 0.9, 0.95),
                new Campaign("CAMP-02", List.of("F1", "F3"), "F1", 0.8, 0.8)),
            outlines);
    assertEquals(
        List.of(
            new Campaign(
                "CAMP-01",
                List.of("E1", "E2", "E3", "F1", "F3"),
                "E2",
                0.9,
                0.95,
                List.of("F1", "F3"),
                1.0)),
        campaigns);
  }

  @Test
  void campaignsInOneLanguageNeverMergeByOutline() {
    Map<String, LetterOutline> outlines =
        outlines(
            outline("E1", "en", ENGLISH), outline("E2", "en", ENGLISH),
            outline("E3", "en", ENGLISH), outline("E4", "en", ENGLISH));
    List<Campaign> campaigns =
        List.of(
            new Campaign("CAMP-01", List.of("E1", "E2"), "E1", 0.9, 0.9),
            new Campaign("CAMP-02", List.of("E3", "E4"), "E3", 0.9, 0.9));
    assertEquals(campaigns, STAGE.apply(campaigns, outlines));
  }

  @Test
  void signatureBlocksAndGreetingsWithoutTopicsOrNumbersAreLeftOut() {
    LetterOutline o = outline("E1", "en", ENGLISH);
    assertEquals(5, o.passages().size());
    assertEquals(
        List.of(
            "N:1",
            "N:2019",
            "N:3",
            "N:4",
            "N:53",
            "N:790",
            "T:WG1.COPYRIGHT_POLICY",
            "T:WG1.TRAINING_DATA_SUMMARY"),
        o.passages().get(2));
  }

  private record Paragraph(List<String> topics, String text) {}

  private static LetterOutline outline(String id, String language, List<Paragraph> paragraphs) {
    List<TaggedPassage> tagged = new ArrayList<>();
    for (int i = paragraphs.size() - 1; i >= 0; i--) { // out of order: the outline sorts them
      Paragraph p = paragraphs.get(i);
      Map<String, Integer> hits = new TreeMap<>();
      p.topics().forEach(t -> hits.put(t, 1));
      tagged.add(
          new TaggedPassage(
              new Passage(Passage.id(id, 0, i), id, "letter.pdf", 1, language, p.text()),
              Shingles.words(p.text()).size(),
              hits,
              Map.of(),
              Map.of(),
              List.of()));
    }
    // as the stage builds it: through the letter's one grouped pass
    return new CampaignLetter.Build(5, new MinHashBands(1, 1, 0L))
        .call(id, tagged.iterator())
        .outline();
  }

  private static Map<String, LetterOutline> outlines(LetterOutline... outlines) {
    Map<String, LetterOutline> byId = new TreeMap<>();
    for (LetterOutline o : outlines) {
      byId.put(o.submissionId(), o);
    }
    return byId;
  }
}
