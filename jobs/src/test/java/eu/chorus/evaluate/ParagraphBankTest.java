package eu.chorus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParagraphBankTest {

  private static final String ARGUMENT =
      "The Code should require providers to record training compute in floating-point operations "
          + "and the provenance of training data, as Annex XI already foresees.";
  private static final String MENTION =
      "Model cards are a familiar sight on {org} pages, though we do not comment on them here.";
  private static final String LETTER =
      "We are writers and illustrators from across Europe and we ask that every opt-out be honoured.";

  private static ParagraphBank bank(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("en"));
    Files.createDirectories(dir.resolve("campaigns"));
    Files.writeString(
        dir.resolve("en/WG1.DOCUMENTATION.txt"),
        "# WG1.DOCUMENTATION\n\n[SUPPORT]\n@ ACADEMIA\n" + ARGUMENT + "\n\n[MENTION]\n" + MENTION);
    Files.writeString(
        dir.resolve("en/_intro.txt"), "[INTRO]\nWe welcome the opportunity to comment.\n");
    Files.writeString(
        dir.resolve("campaigns/creators.en.txt"),
        "topics: WG1.COPYRIGHT_POLICY=SUPPORT WG1.TRAINING_DATA_SUMMARY=SUPPORT\ngroups: RIGHTSHOLDER\n\n"
            + LETTER
            + "\n");
    return ParagraphBank.load(dir);
  }

  @Test
  void aPassageIsWrittenForTheTopicOfTheArgumentItTracesTo(@TempDir Path dir) throws IOException {
    ParagraphBank bank = bank(dir);
    assertEquals(
        Set.of("WG1.DOCUMENTATION"), bank.writtenFor(ARGUMENT.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(
        Set.of("WG1.DOCUMENTATION"),
        bank.writtenFor("Acme writes: " + ARGUMENT.replace("Annex XI", "Annex 11")));
  }

  @Test
  void mentionsIntroductionsAndUntracedTextAreWrittenForNoTopic(@TempDir Path dir)
      throws IOException {
    ParagraphBank bank = bank(dir);
    assertEquals(Set.of(), bank.writtenFor(MENTION.replace("{org}", "Acme")));
    assertEquals(Set.of(), bank.writtenFor("We welcome the opportunity to comment."));
    assertEquals(
        Set.of(), bank.writtenFor("Something no generator wrote about incident reporting."));
  }

  @Test
  void aCampaignLetterIsWrittenForEveryTopicItsHeaderNames(@TempDir Path dir) throws IOException {
    assertEquals(
        Set.of("WG1.COPYRIGHT_POLICY", "WG1.TRAINING_DATA_SUMMARY"), bank(dir).writtenFor(LETTER));
  }
}
