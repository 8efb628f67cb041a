package eu.chorus.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupSource;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.SubmissionRow;
import eu.chorus.ingest.Consent;
import eu.chorus.ingest.Submission;
import eu.chorus.passage.OpenStarts;
import eu.chorus.passage.Passage;
import eu.chorus.position.PassagePosition;
import eu.chorus.profile.GpaiProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What may be quoted, on hand-made passages: each test gives a few submissions on one topic the
 * passages they wrote, and reads which sentences become quotes.
 */
class QuoteSelectionTest {

  private static final String TOPIC = "WG2.THRESHOLD";
  private static final String OTHER_TOPIC = "WG4.WHISTLEBLOWING";
  private static final QuoteSelection SELECTION =
      QuoteSelection.load(GpaiProfile.PROFILE.codebook());

  private final Map<String, SubmissionRow> submissions = new LinkedHashMap<>();
  private final List<PassagePosition> passages = new ArrayList<>();
  private final Map<String, Passage> texts = new HashMap<>();
  private final Map<String, String> campaignOf = new HashMap<>();

  /**
   * A passage of {@code id}'s (a civil-society submission unless added before) on a topic with a
   * stance.
   */
  private void wrote(String id, String topic, Stance stance, String text) {
    wrote(id, GpaiProfile.CIVIL_SOCIETY, "a.pdf", topic, stance, text);
  }

  private void wrote(
      String id, StakeholderGroup group, String file, String topic, Stance stance, String text) {
    submissions.computeIfAbsent(
        id,
        s ->
            new SubmissionRow(
                new Submission(
                    s, "", group.code(), "Org " + s, "", "en", Consent.PUBLIC, List.of(), true),
                new GroupAssignment(group, GroupSource.DECLARED, 1, group, 1, false),
                SubmissionEvidence.none(s)));
    String passageId =
        String.format(
            Locale.ROOT,
            "%s:1:%04d",
            id,
            texts.keySet().stream().filter(k -> k.startsWith(id + ":")).count() + 1);
    texts.put(passageId, new Passage(passageId, id, file, 1, "en", text));
    passages.add(new PassagePosition(passageId, id, file, 1, topic, stance, 1, 0.5, text));
  }

  private List<Quote> quotes() {
    return SELECTION.select(
        passages,
        texts,
        new Respondents(GpaiProfile.PROFILE, List.copyOf(submissions.values()), campaignOf));
  }

  private List<String> quoted() {
    return quotes().stream().map(Quote::text).toList();
  }

  /**
   * The quotes chosen when each text is a passage of a submission of its own that opposes the
   * topic.
   */
  private List<String> quotedOpposing(String... texts) {
    for (int i = 0; i < texts.length; i++) {
      wrote("S" + i, TOPIC, Stance.OPPOSE, texts[i]);
    }
    return quoted();
  }

  @Test
  void aPassageIsQuotedOnlyUnderTheStanceItsSubmissionIsCountedUnder() {
    // S0 opposes the threshold on the whole; its passage conceding a point reads as support
    wrote(
        "S0",
        TOPIC,
        Stance.SUPPORT,
        "We support a threshold that is reviewed every year by the AI Office.");
    wrote("S1", TOPIC, Stance.SUPPORT, "We support the threshold as the test for designation.");
    Map<String, Stance> counted =
        Map.of(
            QuoteSelection.counted("S0", TOPIC),
            Stance.OPPOSE,
            QuoteSelection.counted("S1", TOPIC),
            Stance.SUPPORT);
    List<Quote> quotes =
        SELECTION.select(
            passages,
            texts,
            new Respondents(GpaiProfile.PROFILE, List.copyOf(submissions.values()), campaignOf),
            counted);
    assertEquals(List.of("S1"), quotes.stream().map(Quote::submissionId).toList());
    assertEquals(2, quotes().size(), "without the counts, both are quoted");
  }

  @Test
  void aPassageOpeningMidSentenceIsQuotedAfterItsFirstSentence() {
    // the PDF gave a printed line as a paragraph: "... the AI Office should lower the" | "Threshold
    // to 10^24 FLOP. We oppose ..." — the first sentence is the rest of another
    wrote(
        "S0",
        TOPIC,
        Stance.OPPOSE,
        "Compute threshold alone, which we oppose as a test. We oppose a threshold based on"
            + " training compute alone.");
    Respondents respondents =
        new Respondents(GpaiProfile.PROFILE, List.copyOf(submissions.values()), campaignOf);
    String id = passages.get(0).passageId();
    OpenStarts open =
        OpenStarts.of(
            List.of(
                new OpenStarts.Edge(
                    "S0:1:0000", 1, "the designation of models should not rest on the", true),
                OpenStarts.Edge.of(texts.get(id))));
    assertEquals(
        List.of("We oppose a threshold based on training compute alone."),
        SELECTION.select(passages, texts, respondents, null, open).stream()
            .map(Quote::text)
            .toList());
    assertEquals(
        List.of(
            "Compute threshold alone, which we oppose as a test. We oppose a threshold based on"
                + " training compute alone."),
        quoted(),
        "read on its own, the passage is quoted from its first sentence");
  }

  @Test
  void aQuestionIsNeverAQuote() {
    assertEquals(
        List.of("We oppose a threshold based on training compute alone."),
        quotedOpposing(
            "Why should a compute threshold of 10^25 FLOP be the only test we must oppose?",
            "Should the threshold really be the only test? We oppose a threshold based on training compute alone."));
  }

  @Test
  void aHeadingIsNeverAQuote() {
    assertEquals(
        List.of(),
        quotedOpposing(
            "Designation of models with systemic risk and the compute threshold",
            "THE COMPUTE THRESHOLD IS DISPROPORTIONATE AND WE OPPOSE IT.",
            "We oppose the threshold for the following reasons:"));
  }

  @Test
  void aQuestionnaireQuestionIsNeverAQuote() {
    wrote(
        "Q",
        GpaiProfile.CIVIL_SOCIETY,
        "questionnaire#Q",
        TOPIC,
        Stance.OPPOSE,
        "Do you agree that the compute threshold is a disproportionate test for designation …:");
    wrote(
        "Q",
        GpaiProfile.CIVIL_SOCIETY,
        "questionnaire#Q",
        TOPIC,
        Stance.OPPOSE,
        "We oppose the compute threshold as the sole test for designation.");
    assertEquals(
        List.of("We oppose the compute threshold as the sole test for designation."), quoted());
  }

  @Test
  void aQuoteNamesItsTopicUnlessItAnswersAQuestionThatDoes() {
    // Each passage carries the threshold alone. A sentence taking the cell's stance without naming
    // the measure may in a paper be about a neighbouring one; under a question it answers it.
    String unnamed = "We firmly oppose this measure, which would be disproportionate and costly.";
    String named = "We reject the compute threshold, which is a poor proxy for risk.";
    wrote("P", GpaiProfile.CIVIL_SOCIETY, "a.pdf", TOPIC, Stance.OPPOSE, named);
    wrote("R", GpaiProfile.CIVIL_SOCIETY, "a.pdf", TOPIC, Stance.OPPOSE, unnamed);
    String answer =
        "We strongly oppose it: it would be disproportionate and unworkable in practice.";
    wrote("Q", GpaiProfile.CIVIL_SOCIETY, "questionnaire#Q", TOPIC, Stance.OPPOSE, answer);
    assertEquals(List.of(named, answer), quoted());
  }

  @Test
  void aFootnoteOrCitationIsNeverAQuote() {
    assertEquals(
        List.of(),
        quotedOpposing(
            "12 See Article 51(2) and Annex XIII on the threshold, which we oppose as disproportionate.",
            "See Article 51(2) and Annex XIII for the threshold we oppose as disproportionate.",
            "Article 51(2), Article 52(1) and Annex XIII of Regulation (EU) 2024/1689 on the threshold, opposed.",
            "We oppose the threshold: https://example.org/a/very/long/path/to/a/report/on/the/compute/threshold.pdf and www.example.eu/x."));
  }

  @Test
  void aTableOfContentsLineIsNeverAQuote() {
    assertEquals(
        List.of(),
        quotedOpposing(
            "3. Why we oppose the compute threshold as disproportionate .......... 12",
            "3 Why we oppose the compute threshold as disproportionate for all providers 12"));
  }

  @Test
  void aSentenceIsQuotedOnlyWhenItsOwnCuesAgreeWithItsCell() {
    // Every submission opposes; the first sentence supports, the second has no cue either way.
    assertEquals(
        List.of("We reject the compute threshold, which is a poor proxy for risk."),
        quotedOpposing(
            "We support the compute threshold as a simple and predictable test.",
            "The compute threshold was set at ten to the power of twenty-five operations.",
            "We reject the compute threshold, which is a poor proxy for risk."));
  }

  @Test
  void aSentenceAboutAnotherTopicOnlyIsNotQuotedForThisOne() {
    assertEquals(
        List.of(),
        quotedOpposing(
            "We oppose any weakening of whistleblower protection for employees who raise concerns."));
  }

  @Test
  void oneSentenceIsNeverQuotedUnderTwoStances() {
    String both = "We reject the compute threshold and we welcome the designation procedure alike.";
    campaignOf.put("K1", "campaign-1");
    campaignOf.put("K2", "campaign-1");
    wrote("K1", TOPIC, Stance.OPPOSE, both);
    wrote("K2", TOPIC, Stance.MIXED, both);
    wrote(
        "K1",
        TOPIC,
        Stance.OPPOSE,
        "We reject the compute threshold because it ignores capabilities entirely.");
    List<Quote> quotes = quotes();
    assertEquals(
        List.of("We reject the compute threshold because it ignores capabilities entirely."),
        quotes.stream().map(Quote::text).toList());
  }

  @Test
  void atMostOneQuotePerSubmissionPerCell() {
    wrote(
        "A",
        TOPIC,
        Stance.OPPOSE,
        "We reject the compute threshold as a proxy for risk in every case. "
            + "We oppose designation by training compute because capabilities matter more. "
            + "The threshold is disproportionate for small European providers and we object to it.");
    wrote(
        "B",
        TOPIC,
        Stance.OPPOSE,
        "We oppose the threshold because it will age badly as hardware improves.");
    List<Quote> quotes = quotes();
    assertEquals(2, quotes.size());
    assertEquals(
        Set.of("A", "B"), new HashSet<>(quotes.stream().map(Quote::submissionId).toList()));
  }

  @Test
  void textSharedOutsideACampaignIsNotQuoted() {
    String shared =
        "We oppose the compute threshold because it says little about what a model can do.";
    wrote("A", TOPIC, Stance.OPPOSE, shared);
    // Case, spacing and punctuation aside, the same sentence.
    wrote(
        "B",
        TOPIC,
        Stance.OPPOSE,
        "we oppose the compute threshold,  because it says little about what a model can do!");
    wrote(
        "C",
        TOPIC,
        Stance.OPPOSE,
        "We reject the threshold as too blunt an instrument for designation.");
    assertEquals(
        List.of("We reject the threshold as too blunt an instrument for designation."), quoted());

    // The same letter signed by the members of one campaign is theirs: quoted once for the
    // campaign.
    passages.clear();
    texts.clear();
    submissions.clear();
    campaignOf.put("K1", "campaign-1");
    campaignOf.put("K2", "campaign-1");
    wrote("K1", TOPIC, Stance.OPPOSE, shared);
    wrote("K2", TOPIC, Stance.OPPOSE, shared);
    List<Quote> quotes = quotes();
    assertEquals(List.of(shared), quotes.stream().map(Quote::text).toList());
    assertEquals("campaign-1", quotes.get(0).campaignId());
  }

  @Test
  void noTextIsQuotedTwiceInQuotesCsv() {
    // One sentence names both topics; its submission opposes both: it is quoted once.
    String both =
        "We oppose the compute threshold and any reporting channel that exposes whistleblowers to retaliation.";
    wrote("A", TOPIC, Stance.OPPOSE, both);
    wrote("A", OTHER_TOPIC, Stance.OPPOSE, both);
    List<Quote> quotes = quotes();
    assertEquals(1, quotes.size());
    Set<String> normalised = new HashSet<>();
    quotes.forEach(q -> assertTrue(normalised.add(SentenceForm.normalised(q.text()))));
  }

  @Test
  void aShortSentenceIsQuotedWithTheNextAndQuotesStayVerbatim() {
    String text =
        "Heading words\u00a0here. We oppose the compute threshold. It is a poor proxy for what a model can do.";
    wrote("A", TOPIC, Stance.OPPOSE, text);
    List<Quote> quotes = quotes();
    assertEquals(
        List.of("We oppose the compute threshold. It is a poor proxy for what a model can do."),
        quotes.stream().map(Quote::text).toList());
    assertTrue(text.contains(quotes.get(0).text()));
  }

  @Test
  void sentencesThatAgreeOutrightComeBeforeThoseThatOnlyLean() {
    assertEquals(
        List.of(
            "We oppose the compute threshold because it is a poor proxy for risk.",
            "We oppose the compute threshold, although it is simple and we support simplicity."),
        quotedOpposing(
            "We oppose the compute threshold, although it is simple and we support simplicity.",
            "We oppose the compute threshold because it is a poor proxy for risk."));
  }

  @Test
  void aMixedCellQuotesASentenceThatTakesBothSides() {
    wrote(
        "A",
        TOPIC,
        Stance.MIXED,
        "We welcome the compute threshold as a simple and predictable test. However, it must be reviewed every year.");
    wrote(
        "B",
        TOPIC,
        Stance.MIXED,
        "We support the compute threshold provided that capabilities are assessed too.");
    // A contrast alone takes no side: a passage without support or opposition is no mixed position.
    wrote(
        "C",
        TOPIC,
        Stance.MIXED,
        "The compute threshold is simple to apply, although it remains an imperfect proxy.");
    assertEquals(
        List.of(
            "We welcome the compute threshold as a simple and predictable test. However, it must be reviewed every year.",
            "We support the compute threshold provided that capabilities are assessed too."),
        quoted());
  }

  @Test
  void aSentenceWithoutCuesInsideAnArgumentIsNoNeutralQuote() {
    wrote(
        "A",
        TOPIC,
        Stance.NEUTRAL,
        "We strongly oppose this approach to designation. "
            + "The compute threshold was set at ten to the power of twenty-five operations in training.");
    wrote(
        "B",
        TOPIC,
        Stance.NEUTRAL,
        "The compute threshold counts the operations used in training a model, "
            + "and a model above it is presumed to carry systemic risk.");
    assertEquals(
        List.of(
            "The compute threshold counts the operations used in training a model, "
                + "and a model above it is presumed to carry systemic risk."),
        quoted());
  }

  @Test
  void sentenceFormRejectsWhatIsNoSentence() {
    SentenceForm form = SentenceForm.load();
    assertEquals(
        SentenceForm.Rejection.QUESTION, form.rejection("Is the threshold right?").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.HEADING,
        form.rejection("Technical documentation (Annex XI)").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.LEAD_IN,
        form.rejection("Our answer to the question on documentation:").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.FOOTNOTE,
        form.rejection("3 Regulation (EU) 2024/1689 of the European Parliament.").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.CITATION,
        form.rejection("See Article 53(1)(a) and (b) of the AI Act.").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.TABLE_OF_CONTENTS,
        form.rejection("Introduction ............ 3").orElseThrow());
    assertEquals(SentenceForm.Rejection.FRAGMENT, form.rejection("We agree.").orElseThrow());
    assertEquals(
        SentenceForm.Rejection.CUT,
        form.rejection("or self-improvement should by definition not be subject to regulation.")
            .orElseThrow());
    assertEquals(
        SentenceForm.Rejection.HEADING,
        form.rejection(
                "RELATIONSHIP TO EXISTING FRAMEWORKS As the Commission considers new rules, we support them.")
            .orElseThrow());
    assertTrue(
        form.rejection("1. The Code should keep the threshold under review every year.").isEmpty(),
        "a numbered point");
    assertTrue(
        form.rejection(
                "Article 53(2) exempts open models from documentation, and we want that kept.")
            .isEmpty());
  }
}
