package eu.chorus.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.hostile.HostileCorpus;
import eu.chorus.passage.Passage;
import eu.chorus.passage.PassageSplitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RedactorTest {

  @Test
  void redactsPersonMentionsEmailsAndPhones() {
    String text = "Kind regards, Marie Dupont, marie.dupont@example.org, +33 6 12 34 56 78.";
    List<Mention> people = List.of(new Mention(Mention.PERSON, 14, 26, "Marie Dupont"));
    assertEquals(
        "Kind regards, [name], [e-mail], [phone].", Redactor.redact(text, people, List.of()));
  }

  @Test
  void redactsDeclaredNamesCaseInsensitively() {
    assertEquals(
        "Signed: [name] (member)",
        Redactor.redact("Signed: JAN NOWAK (member)", List.of(), List.of("Jan Nowak")));
  }

  @Test
  void aSurnameRepeatedWithoutTheFirstNameIsRedactedToo() {
    String text =
        "I, Anna Kowalczyk, write. Ms Kowalczyk chairs the board; Kowalczykowa is someone else.";
    List<Mention> people = List.of(new Mention(Mention.PERSON, 3, 17, "Anna Kowalczyk"));
    assertEquals(
        "I, [name], write. Ms [name] chairs the board; Kowalczykowa is someone else.",
        Redactor.redact(text, people, List.of()));
  }

  @Test
  void personLabelsOfOtherLanguagesModelsCount() {
    String text = "Firmado: Juan Pérez";
    assertEquals(
        "Firmado: [name]",
        Redactor.redact(text, List.of(new Mention("PERS", 9, 19, "Juan Pérez")), List.of()));
  }

  @Test
  void leavesLegalReferencesAndYearsAlone() {
    String text = "Directive 2019/1937 and Article 55(1)(c) apply from 2025; 10^25 FLOP.";
    assertEquals(text, Redactor.redact(text, List.of(), List.of()));
  }

  @Test
  void ignoresOrganisationMentions() {
    String text = "The AI Office";
    assertEquals(
        text,
        Redactor.redact(
            text, List.of(new Mention(Mention.ORGANIZATION, 4, 13, "AI Office")), List.of()));
  }

  private static String redact(String text) {
    return Redactor.redact(text, List.of(), List.of());
  }

  /** A file's passages redacted together, without NER mentions. */
  private static List<String> redactFile(List<String> declared, String... passages) {
    return Redactor.standard()
        .redactFile(
            List.of(passages), Stream.of(passages).map(p -> List.<Mention>of()).toList(), declared);
  }

  // ---- contact details in disguise

  @Test
  void spelledOutEmailIsRedacted() {
    assertEquals(
        "Write to [e-mail] please.", redact("Write to jane dot doe at example dot org please."));
    assertEquals("Write to [e-mail].", redact("Write to jane at example dot org."));
    assertEquals(
        "Scrivere a [e-mail].",
        redact("Scrivere a giulia punto bianchi chiocciola example punto it."));
  }

  @Test
  void bracketedAtAndDotAreRedacted() {
    assertEquals("Mail: [e-mail].", redact("Mail: jane.doe(at)example.org."));
    assertEquals(
        "Mail: [e-mail], [e-mail], [e-mail]",
        redact(
            "Mail: jane [at] example [dot] org, jane{at}example{dot}org, jane.doe (at) example.org"));
    assertEquals("Mail: [e-mail]", redact("Mail: jane.doe(a)example.org"));
  }

  @Test
  void fullWidthAtSignIsRedacted() {
    assertEquals("Contact: [e-mail].", redact("Contact: jane.doe\uFF20example.org."));
    assertEquals("Contact: [e-mail]", redact("Contact: jane.doe\uFE6Bexample\uFF0Eorg"));
  }

  @Test
  void zeroWidthSpaceInsideAddressIsRedacted() {
    for (String invisible : List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD")) {
      String text = "Contact jane.do" + invisible + "e@exam" + invisible + "ple.org today.";
      assertEquals(
          "Contact [e-mail] today.", redact(text), "U+" + Integer.toHexString(invisible.charAt(0)));
    }
  }

  @Test
  void replacementKeepsTheRestOfTheTextAsWritten() {
    // the shadow copy drops and folds characters; offsets into the original must stay right
    String text =
        "Caf\u00E9 \uFB01rst\u200B: jane\u200B.doe\uFF20example.org \u2014 \u00ABend\u00BB";
    assertEquals("Caf\u00E9 \uFB01rst\u200B: [e-mail] \u2014 \u00ABend\u00BB", redact(text));
  }

  @Test
  void phoneWithNonBreakingSpacesIsRedacted() {
    assertEquals("Call [phone].", redact("Call +49\u00A030\u00A05557\u00A01234."));
    assertEquals("Call [phone].", redact("Call 06\u202F12\u202F34\u202F56\u202F78."));
  }

  @Test
  void phoneWithDashesOrDotsIsRedacted() {
    assertEquals(
        "Tel. [phone]; [phone]; [phone]; [phone]",
        redact(
            "Tel. 030\u20135557\u20131234; +33\u20141\u201455\u201444\u201433\u201422; 030.5557.1234; 030 \u2013 5557 1234"));
  }

  @Test
  void internationalPhoneFormsAreRedacted() {
    assertEquals(
        "[phone], [phone], [phone], [phone], [phone]",
        redact(
            "+49 (0)30 5557 1234, 0049 30 5557 1234, +1 (555) 123-4567, +39 333 123 4567, (030) 5557 1234"));
    assertEquals(
        "cellulare [phone], Handy: [phone]", redact("cellulare 333 1234567, Handy: 5557 1234"));
  }

  @Test
  void articleNumbersAreNotPhones() {
    String text =
        "Article 53(1)(c), Directive (EU) 2019/790, Regulation (EU) 2024/1689, COM(2021) 206 final "
            + "and Case C-311/18 apply from 2 August 2025.";
    assertEquals(text, redact(text));
  }

  @Test
  void yearsDatesAndAmountsAreNotPhones() {
    String text =
        "From 01.02.2024 to 05/06/2025 (2024-07-30), in 2022 2023 2024, costs of 12 500 000 EUR or "
            + "1.000.000.000 \u20AC, shares 0.5 1.5 2.5 3.5, ISBN 978-3-16-148410-0, pages 2019\u20132024.";
    assertEquals(text, redact(text));
  }

  @Test
  void theWordAtInOrdinarySentencesIsNotAnEmail() {
    String text =
        "We looked at the data. The Code is published at digital-strategy.ec.europa.eu and "
            + "aimed at providers.The section at Annex I(a) applies; see p. 5 at europa.eu.";
    assertEquals(text, redact(text));
  }

  @Test
  void socialHandlesAreRedacted() {
    assertEquals(
        "Follow [handle] or [handle], see [handle] and [handle].",
        redact(
            "Follow @jane_doe or @jane@mastodon.social, see https://www.linkedin.com/in/jane-doe-4711/ and twitter.com/janedoe."));
    assertEquals("Profile: [handle]", redact("Profile: x.com/jdoe?lang=en"));
  }

  // ---- names without a NER model

  @Test
  void italianSignatureNameIsRedacted() {
    assertEquals(
        "Restiamo a disposizione. Cordiali saluti, [name]",
        redact("Restiamo a disposizione. Cordiali saluti, Giulia Bianchi"));
    assertEquals(
        "Distinti saluti\n[name] (Responsabile)",
        redact("Distinti saluti\nGiulia De Luca (Responsabile)"));
  }

  @Test
  void signatureClosingsOfOtherLanguagesAreData() {
    assertEquals(
        "Mit freundlichen Grüßen [name]", redact("Mit freundlichen Grüßen Max von der Mühle"));
    assertEquals("Atentamente, [name].", redact("Atentamente, María José Pérez."));
    assertEquals("Met vriendelijke groet, [name]", redact("Met vriendelijke groet, J. de Vries"));
  }

  @Test
  void aClosingEndingOnePassageSignsTheNext() {
    List<String> out =
        redactFile(
            List.of(),
            "Io, Giulia Bianchi, sostengo il Codice.",
            "Cordiali saluti,",
            "Giulia Bianchi",
            "Ufficio legale");
    assertEquals(
        List.of("Io, [name], sostengo il Codice.", "Cordiali saluti,", "[name]", "Ufficio legale"),
        out);
  }

  @Test
  void titledNamesAreRedacted() {
    assertEquals(
        "Dott.ssa [name], Sig.ra [name], Prof. Dr. [name], Mme [name], Herr [name], dott. [name]",
        redact(
            "Dott.ssa Giulia Bianchi, Sig.ra Rossi, Prof. Dr. Hans Meier, Mme Dupont, Herr Müller, dott. Verdi"));
  }

  @Test
  void aNameFoundOnceIsRedactedWhereItRecursInTheFile() {
    List<String> out =
        redactFile(List.of(), "Bianchi propone una revisione.", "Cordiali saluti, Giulia Bianchi");
    assertEquals(List.of("[name] propone una revisione.", "Cordiali saluti, [name]"), out);
  }

  @Test
  void onlyTheGivenNameAndSurnameOfASignatureRecur() {
    // the words after them are often a role: redacted in the signature, not everywhere
    List<String> out =
        redactFile(
            List.of(),
            "I am Olivier Van den Broeck. Head Office matters; Broeck agrees.",
            "Kind regards, Olivier Van den Broeck Head Policy, Example Association");
    assertEquals(
        List.of(
            "I am [name]. Head Office matters; [name] agrees.",
            "Kind regards, [name], Example Association"),
        out);
  }

  @Test
  void capitalisedOrdinaryWordsAfterAClosingAreNotNames() {
    String text =
        "As regards the scope, we sincerely hope that the Code is kept. Sincerely, We hope so. "
            + "Kind regards to the Commission. Titles such as MS Word stay, and it don't Matter.";
    assertEquals(text, redact(text));
    // a name of common words is still a name
    assertEquals(
        "The CE mark is green. Kind regards, [name] and the team",
        redact("The CE mark is green. Kind regards, Mark Green and the team"));
  }

  // ---- names as words

  @Test
  void organisationNameIsNotRedactedInsideWords() {
    String text = "Meta publishes metadata; META's models and the meta-analysis; Metaverse.";
    assertEquals(
        "[name] publishes metadata; [name]'s models and the meta-analysis; Metaverse.",
        Redactor.redact(text, List.of(), List.of("Meta")));
  }

  @Test
  void multiWordDeclaredNamesMatchInAnyCaseAndSpacing() {
    assertEquals(
        "By [name] and [name].",
        Redactor.redact(
            "By Haldane Robotics Cooperative and haldane\u00A0robotics  cooperative.",
            List.of(),
            List.of("Haldane Robotics Cooperative")));
  }

  // ---- the Spark stage

  @Test
  void theStageRedactsAFilesPassagesTogetherAfterTravellingToAnExecutor() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new RedactPassages(Map.of("ANON", List.of("Tessera"))));
    }
    RedactPassages stage;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      stage = (RedactPassages) in.readObject();
    }
    List<String> anonymous =
        texts(
            stage.all(
                passages(
                    "ANON",
                    "Tessera: Bianchi chiede chiarezza.",
                    "Cordiali saluti,",
                    "Giulia Bianchi, giulia(at)example.org")));
    assertEquals(
        List.of("[name]: [name] chiede chiarezza.", "Cordiali saluti,", "[name], [e-mail]"),
        anonymous);
    List<String> open = texts(stage.all(passages("PUBLIC", "Cordiali saluti,", "Giulia Bianchi")));
    assertEquals(List.of("Cordiali saluti,", "Giulia Bianchi"), open);
  }

  private static Iterator<AnnotatedPassage> passages(String submission, String... texts) {
    List<AnnotatedPassage> passages = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      passages.add(
          new AnnotatedPassage(
              new Passage(Passage.id(submission, 0, i + 1), submission, "f.txt", 1, "it", texts[i]),
              new TextAnnotation(List.of(), List.of(), 1, List.of())));
    }
    return passages.iterator();
  }

  private static List<String> texts(Iterator<AnnotatedPassage> passages) {
    List<String> texts = new ArrayList<>();
    passages.forEachRemaining(a -> texts.add(a.passage().text()));
    return texts;
  }

  // ---- the hostile export's disguised submission, as its passages

  @Test
  void hostileDisguisedSubmissionLeavesNoCanary() {
    List<String> passages = new PassageSplitter(2000).paragraphs(HostileCorpus.DISGUISED_TEXT);
    String all =
        String.join(
            "\n",
            redactFile(
                List.of(HostileCorpus.DISGUISED_ORGANISATION), passages.toArray(String[]::new)));
    for (String canary : HostileCorpus.DISGUISED_CANARIES) {
      assertFalse(all.contains(canary), canary + " in " + all);
    }
    for (String kept : HostileCorpus.DISGUISED_KEPT) {
      assertTrue(all.contains(kept), kept + " not in " + all);
    }
  }
}
