package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.annotate.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cues of {@code group-cues.json} on how respondents introduce themselves. */
class GroupCuesTest {

  private static final GroupCues CUES = GroupCues.load();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");

  private static Map<String, Double> self(String text, String language) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return CUES.selfDescription(TermAnalyzer.tokens(words, words, language), language);
  }

  private static String strongest(Map<String, Double> counts) {
    return counts.entrySet().stream()
        .filter(e -> !e.getKey().startsWith(GroupCues.NOT))
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("none");
  }

  @Test
  void aModelDeveloperDescribingItselfIsAGpaiProvider() {
    assertEquals(
        "GPAI_PROVIDER",
        strongest(
            self(
                "We develop and release foundation models, and we pre-train them on our own compute.",
                "en")));
    assertEquals(
        "GPAI_PROVIDER",
        strongest(
            self("Nous entraînons nos propres modèles de langage et publions leurs poids.", "fr")));
  }

  @Test
  void aCompanyBuildingOnOthersModelsIsADownstreamProvider() {
    assertEquals(
        "DOWNSTREAM_PROVIDER",
        strongest(
            self(
                "Our platform integrates third-party models via API for our enterprise customers.",
                "en")));
    assertEquals(
        "DOWNSTREAM_PROVIDER",
        strongest(
            self(
                "Unsere Software baut auf Modellen von Drittanbietern auf, die wir über eine API nutzen.",
                "de")));
  }

  @Test
  void aDeniedSelfDescriptionCountsAsWhatTheRespondentIsNot() {
    Map<String, Double> c =
        self("We are not a model developer and we do not train models of our own.", "en");
    assertTrue(c.containsKey(GroupCues.NOT + "GPAI_PROVIDER"), c.toString());
    assertFalse(c.containsKey("GPAI_PROVIDER"), c.toString());
  }

  @Test
  void anIndividualWritingInAPersonalCapacityIsAnIndependentExpert() {
    assertEquals(
        "INDEPENDENT_EXPERT",
        strongest(
            self(
                "I am writing in a personal capacity; these views are my own and not those of my employer.",
                "en")));
  }

  @Test
  void organisationNamesAreReadInEveryLanguage() {
    assertEquals(Map.of("ACADEMIA", 1.0), CUES.organisationName("Universität Tübingen"));
    assertTrue(
        CUES.organisationName("Bundesverband Digitale Wirtschaft e.V.")
            .containsKey("INDUSTRY_ASSOCIATION"));
  }

  @Test
  void legalFormsSayWhetherAnOrganisationIsACompanyOrANonProfit() {
    assertTrue(CUES.organisationForms("Adolf Würth GmbH & Co. KG").containsKey("company"));
    assertTrue(CUES.organisationForms("Creativigo Consultores S.L.U.").containsKey("company"));
    assertTrue(
        CUES.organisationForms("Verband der Chemischen Industrie e.V.").containsKey("nonprofit"));
    assertTrue(CUES.organisationForms("ECNL Stichting").containsKey("nonprofit"));
    assertFalse(
        CUES.organisationForms("Verband der Chemischen Industrie e.V.").containsKey("company"));
  }

  @Test
  void theKindOfBodyIsReadInLanguagesWithoutAStemmer() {
    assertTrue(CUES.organisationForms("Luleå tekniska universitet").containsKey("university"));
    assertTrue(CUES.organisationForms("Nederlandse Vakbond").containsKey("trade_union"));
    assertTrue(
        CUES.organisationForms("Sindicato de Trabajadores de la Enseñanza")
            .containsKey("trade_union"));
    assertTrue(CUES.organisationForms("Bundesministerium für Arbeit").containsKey("public"));
  }

  @Test
  void aNameWithoutAnyKindOfBodyHasNoForm() {
    assertEquals(Map.of(), CUES.organisationForms("Qualcomm"));
    assertEquals(Map.of(), CUES.organisationForms(""));
  }

  @Test
  void aTextSayingWhatKindOfBodyTheRespondentIsCountsThatKind() {
    assertTrue(
        self("EDRi is the European network of digital rights organisations.", "en")
            .containsKey("is:advocacy"));
    assertTrue(
        self("As a university, we welcome the consultation.", "en").containsKey("is:university"));
    assertTrue(self("Wir sind ein gemeinnütziger Verein.", "de").containsKey("is:nonprofit"));
  }

  @Test
  void aKindOfBodyMentionedInPassingIsNotASelfDescription() {
    assertFalse(
        self("The report of the association was published in 2019 by several universities.", "en")
            .keySet()
            .stream()
            .anyMatch(k -> k.startsWith(GroupCues.IS)));
  }
}
