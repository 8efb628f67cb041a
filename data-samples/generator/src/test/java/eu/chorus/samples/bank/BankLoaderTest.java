package eu.chorus.samples.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.samples.FixtureBank;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BankLoaderTest {

  private static final String TOPIC_FILE =
      "# a comment line\n"
          + "[SUPPORT]\n"
          + "@ CIVIL_SOCIETY ACADEMIA\n"
          + "First line of a paragraph\n"
          + "continues here.\n"
          + "\n"
          + "Any group may write this one.\n"
          + "\n"
          + "[OPPOSE]\n"
          + "We oppose it.\n"
          + "[MENTION]\n"
          + "Only in passing.\n";

  @Test
  void topicFileSplitsSectionsParagraphsAndGroupLines() {
    TopicText t = BankLoader.parseTopic("bank/en/X.KPIS.txt", TOPIC_FILE);
    List<Paragraph> support = t.byStance().get(Stance.SUPPORT);
    assertEquals(2, support.size());
    assertEquals("First line of a paragraph continues here.", support.get(0).text());
    assertEquals(Set.of(Group.CIVIL_SOCIETY, Group.ACADEMIA), support.get(0).groups());
    assertEquals("bank/en/X.KPIS.txt:3", support.get(0).source());
    assertTrue(support.get(1).groups().isEmpty());
    assertEquals(
        List.of("We oppose it."),
        t.byStance().get(Stance.OPPOSE).stream().map(Paragraph::text).toList());
    assertEquals(1, t.mentions().size());
    assertTrue(t.byStance().get(Stance.NEUTRAL).isEmpty());
  }

  @Test
  void groupRestrictedParagraphIsNotUsableByOtherGroups() {
    TopicText t = BankLoader.parseTopic("x", TOPIC_FILE);
    assertEquals(2, t.usable(Stance.SUPPORT, Group.ACADEMIA).size());
    assertEquals(1, t.usable(Stance.SUPPORT, Group.GPAI_PROVIDER).size());
  }

  @Test
  void unknownSectionIsReportedWithFileAndLine() {
    BankFormatException e =
        assertThrows(
            BankFormatException.class,
            () -> BankLoader.parseTopic("bank/en/X.KPIS.txt", "[SUPPORT]\nok\n\n[SUPPROT]\nx\n"));
    assertEquals(
        "bank/en/X.KPIS.txt:4: unknown section [SUPPROT], expected a stance or MENTION",
        e.getMessage());
  }

  @Test
  void unknownGroupCodeIsRejected() {
    BankFormatException e =
        assertThrows(
            BankFormatException.class,
            () -> BankLoader.parseTopic("f.txt", "[SUPPORT]\n@ RIGHTSHOLDERS\ntext\n"));
    assertTrue(
        e.getMessage().startsWith("f.txt:2: unknown group code 'RIGHTSHOLDERS'"), e.getMessage());
  }

  @Test
  void campaignTemplateReadsMetadataAndLetter() {
    CampaignTemplate t =
        BankLoader.parseCampaign(
            "stay-creative.fr.txt",
            "topics: WG1.COPYRIGHT_POLICY=SUPPORT X.KPIS=OPPOSE\n"
                + "groups: RIGHTSHOLDER INDEPENDENT_EXPERT\n"
                + "\nMadame, Monsieur,\n\nNous demandons...\n");
    assertEquals("stay-creative", t.id());
    assertEquals(Language.FR, t.language());
    assertEquals(
        List.of(Topic.WG1_COPYRIGHT_POLICY, Topic.X_KPIS), List.copyOf(t.topics().keySet()));
    assertEquals(Stance.OPPOSE, t.topics().get(Topic.X_KPIS));
    assertEquals(Set.of(Group.RIGHTSHOLDER, Group.INDEPENDENT_EXPERT), t.groups());
    assertEquals(List.of("Madame, Monsieur,", "Nous demandons..."), t.paragraphs());
  }

  @Test
  void campaignTemplateWithoutTopicsLineIsRejected() {
    assertThrows(
        BankFormatException.class,
        () -> BankLoader.parseCampaign("c.en.txt", "groups: OTHER\n\nDear all,\n"));
  }

  @Test
  void fixtureBankLoadsEveryFileKind() throws IOException {
    Bank bank = FixtureBank.load();
    LanguageBank en = bank.language(Language.EN).orElseThrow();
    assertEquals(Topic.values().length, en.topics().size());
    assertEquals(Group.values().length, en.intros().size());
    assertEquals(Topic.values().length, en.questions().size());
    assertEquals(2, en.headings(Topic.X_KPIS).size());
    assertEquals(2, en.closings().size());
    assertEquals(List.of("fixture-creators", "fixture-startups"), bank.campaignIds());
    assertEquals(
        Set.of(Language.EN, Language.FR), bank.campaigns().get("fixture-creators").keySet());
    assertTrue(bank.language(Language.DE).isEmpty());
  }

  @Test
  void packagedBankFollowsTheFormat() throws IOException {
    // Catches a malformed edit of src/main/resources/bank (unknown section, group or topic code).
    Bank bank = BankLoader.fromClasspath();
    assertTrue(bank.language(Language.EN).isPresent());
  }
}
