package eu.chorus.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionClassifier;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsultationProfileTest {

  private static final ConsultationProfile WHITE_PAPER =
      ConsultationProfile.load("ai-white-paper-2020");

  private static String code(Optional<StakeholderGroup> group) {
    return group.map(StakeholderGroup::code).orElse("");
  }

  @Test
  void bothProfilesLoadAndTheGpaiCodeOfPracticeIsTheDefault() {
    assertEquals(
        List.of("gpai-code-of-practice", "ai-white-paper-2020"), ConsultationProfile.known());
    assertEquals("gpai-code-of-practice", ConsultationProfile.defaultId());
    assertEquals(
        List.of(
            "GPAI_PROVIDER",
            "DOWNSTREAM_PROVIDER",
            "INDUSTRY_ASSOCIATION",
            "CIVIL_SOCIETY",
            "RIGHTSHOLDER",
            "ACADEMIA",
            "INDEPENDENT_EXPERT",
            "PUBLIC_AUTHORITY",
            "OTHER"),
        GpaiProfile.PROFILE.groupCodes());
    assertEquals(List.of(), GpaiProfile.PROFILE.questions());
    assertEquals(
        List.of(
            "COMPANY",
            "BUSINESS_ASSOCIATION",
            "NGO",
            "ACADEMIA",
            "PUBLIC_AUTHORITY",
            "CITIZEN",
            "TRADE_UNION",
            "CONSUMER_ORGANISATION",
            "ENVIRONMENTAL_ORGANISATION",
            "OTHER"),
        WHITE_PAPER.groupCodes());
    assertEquals("OTHER", WHITE_PAPER.catchAll().code());
    assertEquals(8, WHITE_PAPER.questions().size());
    assertTrue(
        WHITE_PAPER
            .codebook()
            .codes()
            .containsAll(
                List.of(
                    "WP.NEW_RULES",
                    "WP.HIGH_RISK_ONLY",
                    "WP.HIGH_RISK_CRITERIA",
                    "WP.BIOMETRIC_ID",
                    "WP.VOLUNTARY_LABEL",
                    "WP.LIFETIME_RISK_ASSESSMENT",
                    "WP.LIABILITY_PLD",
                    "WP.LIABILITY_NATIONAL")));
  }

  @Test
  void anUnknownIdIsAUsageErrorListingTheKnownProfiles() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConsultationProfile.load("gpai"));
    assertTrue(
        e.getMessage().contains("'gpai'")
            && e.getMessage().contains("gpai-code-of-practice, ai-white-paper-2020"),
        e.getMessage());
  }

  @Test
  void platformTypesMapToGroupsIgnoringCaseAndSpaces() {
    assertEquals("CITIZEN", code(WHITE_PAPER.declaredGroup("Non-EU Citizen")));
    assertEquals("CITIZEN", code(WHITE_PAPER.declaredGroup("EU Citizen")));
    assertEquals("NGO", code(WHITE_PAPER.declaredGroup(" ngo  (non-governmental organisation)")));
    assertEquals("COMPANY", code(WHITE_PAPER.declaredGroup("Company/Business organisation")));
    assertEquals("", code(WHITE_PAPER.declaredGroup("Martian")));
    assertEquals("", code(WHITE_PAPER.declaredGroup("")));
    assertEquals("", code(WHITE_PAPER.declaredGroup(null)));
    assertEquals(
        "",
        code(WHITE_PAPER.declaredGroup("CIVIL_SOCIETY")),
        "the other consultation's codes are no types here");
    assertEquals("CIVIL_SOCIETY", code(GpaiProfile.PROFILE.declaredGroup("civil society")));
    assertEquals("", code(GpaiProfile.PROFILE.declaredGroup("Other (please specify)")));
  }

  @Test
  void theGroupModelsClassesMapToTheConsultationsGroups() {
    assertEquals("COMPANY", code(WHITE_PAPER.groupForModelClass("GPAI_PROVIDER")));
    assertEquals("COMPANY", code(WHITE_PAPER.groupForModelClass("DOWNSTREAM_PROVIDER")));
    assertEquals("BUSINESS_ASSOCIATION", code(WHITE_PAPER.groupForModelClass("RIGHTSHOLDER")));
    assertEquals("NGO", code(WHITE_PAPER.groupForModelClass("CIVIL_SOCIETY")));
    assertEquals("CITIZEN", code(WHITE_PAPER.groupForModelClass("INDEPENDENT_EXPERT")));
    assertEquals(
        "", code(WHITE_PAPER.groupForModelClass("COMPANY")), "a group is not a model class");
    assertEquals("ACADEMIA", code(GpaiProfile.PROFILE.groupForModelClass("ACADEMIA")));
    for (String id : ConsultationProfile.known()) {
      ConsultationProfile profile = ConsultationProfile.load(id);
      for (String modelClass : LinearModel.load(SubmissionClassifier.GROUP_MODEL).labels()) {
        assertTrue(
            profile.groupForModelClass(modelClass).isPresent(),
            id + " maps no group from " + modelClass);
      }
    }
  }

  @Test
  void aClosedQuestionMatchesAHeaderWithTrailingTextAndGivesTheStanceOfAnAnswer() {
    ClosedQuestion q =
        WHITE_PAPER
            .closedQuestionFor(
                "Do you think that the current national liability rules should be "
                    + "adapted for the operation of AI to better ensure proper compensation for damage\nand a fair allocation of "
                    + "liability? \n")
            .orElseThrow();
    assertEquals("WP.LIABILITY_NATIONAL", q.topic());
    assertEquals(Optional.of(Stance.SUPPORT), q.stanceOf("Yes, for specific AI applications"));
    assertEquals(Optional.of(Stance.OPPOSE), q.stanceOf(" no "));
    assertEquals(Optional.empty(), q.stanceOf("No opinion"));
    assertEquals(Optional.empty(), q.stanceOf(""));
    assertEquals(
        "WP.VOLUNTARY_LABEL",
        WHITE_PAPER
            .closedQuestionFor(
                "Do you believe that a voluntary labelling\r\n"
                    + "system (Section 5.G of the White Paper) would be useful for AI systems that are not considered high-risk?")
            .orElseThrow()
            .topic());
    assertEquals(
        "WP.HIGH_RISK_CRITERIA",
        WHITE_PAPER
            .closedQuestionFor(
                "Do you agree with the approach to determine "
                    + "\"high-risk\" AI applications proposed in Section 5.B of the White Paper?")
            .orElseThrow()
            .topic());
    assertEquals(
        Optional.of(Stance.MIXED),
        WHITE_PAPER
            .closedQuestionFor(
                "In addition to the existing EU legislation, in "
                    + "particular the data protection framework, including the GDPR")
            .orElseThrow()
            .stanceOf(
                "Biometric identification systems should be allowed in publicly accessible spaces only in certain "
                    + "cases or if certain conditions are fulfilled (please specify)"));
    assertEquals(Optional.empty(), WHITE_PAPER.closedQuestionFor("Do you think that"));
    assertEquals(Optional.empty(), GpaiProfile.PROFILE.closedQuestionFor("Do you agree?"));
  }

  @Test
  void everyClosedQuestionMatchesExactlyOneColumnOfTheRealExport() throws IOException {
    Path export =
        Path.of(
            System.getProperty("chorus.real", "../../shared/real"),
            "ai-white-paper-2020",
            "export.csv");
    Assumptions.assumeTrue(
        Files.isRegularFile(export),
        "skipped: no real export at " + export.toAbsolutePath().normalize());
    List<String> header;
    try (Reader in = Files.newBufferedReader(export, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(in)) {
      header = csv.iterator().next().toList();
    }
    for (ClosedQuestion q : WHITE_PAPER.questions()) {
      assertEquals(1, header.stream().filter(q::matches).count(), q.toString());
    }
  }

  @Test
  void aTopicOfAnUnknownWorkingGroupFailsWithAMessageNamingTheFileAndTopic(@TempDir Path dir)
      throws IOException {
    Path folder = tinyProfile(dir, "{\"WG\": \"Working group\"}", "ZZ.TOPIC", "[]");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConsultationProfile.read(folder));
    assertTrue(
        e.getMessage()
            .startsWith(folder + "/codebook.json: topic ZZ.TOPIC names unknown working group ZZ"),
        e.getMessage());
  }

  @Test
  void aQuestionOnAnUnknownTopicOrWithANeutralAnswerFailsNamingQuestionsJson(@TempDir Path dir)
      throws IOException {
    Path unknownTopic =
        tinyProfile(
            dir.resolve("a"),
            "{\"WG\": \"Working group\"}",
            "WG.TOPIC",
            "[{\"startsWith\": \"Do you agree\", \"topic\": \"WG.OTHER\", \"answers\": {\"Yes\": \"SUPPORT\"}}]");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConsultationProfile.read(unknownTopic));
    assertTrue(
        e.getMessage()
            .startsWith(unknownTopic + "/questions.json: question 1 names topic WG.OTHER"),
        e.getMessage());
    Path neutral =
        tinyProfile(
            dir.resolve("b"),
            "{\"WG\": \"Working group\"}",
            "WG.TOPIC",
            "[{\"startsWith\": \"Do you agree\", \"topic\": \"WG.TOPIC\", \"answers\": {\"Perhaps\": \"NEUTRAL\"}}]");
    e = assertThrows(IllegalStateException.class, () -> ConsultationProfile.read(neutral));
    assertTrue(
        e.getMessage().contains("questions.json: question 1: answer 'Perhaps' gives 'NEUTRAL'"),
        e.getMessage());
  }

  @Test
  void aTopicMayNameItsMeasuresAlternativesPerLanguage(@TempDir Path dir) throws IOException {
    Topic label =
        ConsultationProfile.load("ai-white-paper-2020").codebook().topics().stream()
            .filter(t -> t.code().equals("WP.VOLUNTARY_LABEL"))
            .findFirst()
            .orElseThrow();
    assertTrue(label.alternatives().get("en").contains("mandatory labelling"));
    assertTrue(
        GpaiProfile.PROFILE.codebook().topics().stream().allMatch(t -> t.alternatives().isEmpty()));
    Path folder =
        tinyProfile(
            dir,
            "{\"WG\": \"Working group\"}",
            "WG.TOPIC",
            "[]",
            ", \"alternatives\": \"mandatory\"");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConsultationProfile.read(folder));
    assertTrue(
        e.getMessage().contains("topic WG.TOPIC: 'alternatives' must be an object"),
        e.getMessage());
  }

  private static Path tinyProfile(Path dir, String workingGroups, String topic, String questions)
      throws IOException {
    return tinyProfile(dir, workingGroups, topic, questions, "");
  }

  /**
   * A one-group, one-topic profile folder named {@code tiny} under {@code dir}.
   *
   * @param topicFields more fields of the topic's entry, each after a comma
   */
  private static Path tinyProfile(
      Path dir, String workingGroups, String topic, String questions, String topicFields)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve("tiny"));
    Files.writeString(
        folder.resolve(ConsultationProfile.PROFILE_FILE),
        """
        {"id": "tiny", "title": "A tiny consultation", "catchAll": "OTHER",
         "groups": [{"code": "OTHER", "label": "Other", "platformTypes": ["Other"], "fromModel": ["OTHER"]}]}
        """);
    Files.writeString(
        folder.resolve(ConsultationProfile.CODEBOOK_FILE),
        String.format(
            Locale.ROOT,
            """
        {"workingGroups": %s,
         "topics": [{"code": "%s", "label": "A topic", "support": "Wants it.", "oppose": "Does not.",
                     "terms": {"en": ["a term"]}%s}]}
        """,
            workingGroups,
            topic,
            topicFields));
    Files.writeString(folder.resolve(ConsultationProfile.QUESTIONS_FILE), questions);
    return folder;
  }

  @Test
  void everyProfileFolderIsListedAndReadsFromDiskAsFromTheClasspath() throws IOException {
    Path root = Path.of("../nlp-models/src/main/resources", ConsultationProfile.ROOT);
    List<String> folders;
    try (var list = Files.list(root)) {
      folders =
          list.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(folders, ConsultationProfile.known().stream().sorted().toList());
    for (String id : folders) {
      ConsultationProfile fromDisk = ConsultationProfile.read(root.resolve(id));
      assertEquals(ConsultationProfile.load(id).groups(), fromDisk.groups());
      assertEquals(ConsultationProfile.load(id).codebook().codes(), fromDisk.codebook().codes());
    }
  }
}
