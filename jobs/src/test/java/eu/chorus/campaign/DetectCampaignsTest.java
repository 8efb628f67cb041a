package eu.chorus.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.output.CampaignsTable;
import eu.chorus.passage.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stage on generated letters: a template, lightly edited copies, and unrelated letters. */
class DetectCampaignsTest {

  private static final CampaignSettings SETTINGS = new CampaignSettings(5, 0.5, 100, 40, 3, 0.5);
  private static final List<String> VOCABULARY =
      List.of(
          "code",
          "providers",
          "model",
          "risk",
          "copyright",
          "transparency",
          "we",
          "the",
          "of",
          "and",
          "should",
          "must",
          "training",
          "data",
          "summary",
          "evaluation",
          "office",
          "measures",
          "support",
          "oppose",
          "proportionate",
          "small",
          "companies",
          "documentation",
          "incident",
          "report",
          "policy",
          "public",
          "rights",
          "authors",
          "security",
          "systemic",
          "threshold",
          "open",
          "source",
          "licence",
          "a",
          "to",
          "in");

  /**
   * Paragraphs of random words from the shared vocabulary: ordinary overlap, no shared template.
   */
  private static List<String> letter(long seed, int paragraphs) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        b.append(w == 0 ? "" : " ").append(VOCABULARY.get(rng.nextInt(VOCABULARY.size())));
      }
      out.add(b.append('.').toString());
    }
    return out;
  }

  private static void add(
      List<SubmissionShingles> texts, String submission, List<String> paragraphs) {
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      passages.add(
          new Passage(
              Passage.id(submission, 1, i + 1),
              submission,
              submission + "/letter.txt",
              1,
              "en",
              paragraphs.get(i)));
    }
    texts.add(new DetectCampaigns(SETTINGS).shingles(submission, passages));
  }

  /**
   * T is the template itself; C1..C4 are copies with a personal opening, a typo, a swap or a cut.
   */
  private static List<SubmissionShingles> corpus() {
    List<String> template = letter(1, 6);
    List<SubmissionShingles> texts = new ArrayList<>();
    add(texts, "T", template);
    List<String> c1 = new ArrayList<>(template);
    c1.add(1, "As a translator from Lyon I add my name to this letter.");
    add(texts, "C1", c1);
    List<String> c2 = new ArrayList<>(template);
    c2.set(2, c2.get(2).replaceFirst("providers", "porviders"));
    c2.set(4, c2.get(4).toUpperCase(java.util.Locale.ROOT));
    add(texts, "C2", c2);
    List<String> c3 = new ArrayList<>(template);
    c3.set(1, template.get(2));
    c3.set(2, template.get(1));
    add(texts, "C3", c3);
    List<String> c4 = new ArrayList<>(template);
    c4.remove(3);
    add(texts, "C4", c4);
    for (int u = 0; u < 6; u++) {
      add(texts, "U" + u, letter(100 + u, 6));
    }
    // Two identical short notes: alike, but under minWords, so no campaign.
    add(texts, "N1", List.of("Please find our contribution attached to this message."));
    add(texts, "N2", List.of("Please find our contribution attached to this message."));
    return texts;
  }

  @Test
  void editedCopiesOfOneTemplateFormOneCampaignAroundTheTemplate() {
    DetectCampaigns.Result result = new DetectCampaigns(SETTINGS).apply(corpus());
    assertEquals(1, result.campaigns().size(), result.campaigns().toString());
    Campaign c = result.campaigns().get(0);
    assertEquals("CAMP-01", c.campaignId());
    assertEquals(List.of("C1", "C2", "C3", "C4", "T"), c.members());
    assertEquals("T", c.templateSubmissionId());
    assertTrue(
        c.minSimilarity() >= SETTINGS.minSimilarity() && c.minSimilarity() < 1,
        "min " + c.minSimilarity());
    assertTrue(c.meanSimilarity() >= c.minSimilarity());
    assertEquals(
        Map.of("C1", "CAMP-01", "C2", "CAMP-01", "C3", "CAMP-01", "C4", "CAMP-01", "T", "CAMP-01"),
        result.campaignOf());
    assertEquals(11, result.texts()); // the two short notes take no part
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  @Test
  void theSameInputInAnyOrderGivesByteIdenticalCampaignsCsv() throws IOException {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    CampaignsTable.TABLE.write(first, new DetectCampaigns(SETTINGS).apply(corpus()).campaigns());
    CampaignsTable.TABLE.write(
        second, new DetectCampaigns(SETTINGS).apply(reversed(corpus())).campaigns());
    assertEquals(first.toString(), second.toString());
    assertTrue(
        first
            .toString()
            .startsWith(
                "campaign_id,submissions,members,template_submission_id,min_similarity,mean_similarity,"
                    + "translated_members,min_translation_similarity\r\n"
                    + "CAMP-01,5,C1;C2;C3;C4;T,T,"),
        first.toString());
  }
}
