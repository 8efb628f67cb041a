package eu.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny export in the "Have your say" portal's own format, built here, read as it is. */
class PortalExportTest {

  private static final String HEADER =
      "Reference;Feedback date;Language;User type;First name;Surname;Scope;"
          + "Organisation name;Transparency register number;Organisation size;Country;Publication privacy settings;"
          + "\"Do you think that new rules are needed?\";\"Other, please specify:\n\";"
          + "\"How important is the label? (1-5)\n: For SMEs\";\"Do you have any further suggestion?\n\";"
          + "\"You can upload a document here:\n\n\"";

  @TempDir Path export;

  private Export read(String... rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    bytes.write(
        (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8));
    Files.write(export.resolve("export-2020.csv"), bytes.toByteArray());
    Files.createDirectories(export.resolve("files"));
    for (String f : List.of("F100_position paper.pdf", "F100-annex.pdf", "F200.pdf", "stray.txt")) {
      Files.writeString(export.resolve("files").resolve(f), "x");
    }
    return ExportReader.read(export);
  }

  private static final String PUBLIC =
      "The feedback can be published with your personal information";
  private static final String ANONYMOUS = "The feedback can be published in an anonymous way";

  private Export sample() throws IOException {
    return read(
        "F100;12.06.2020 10:00;English;Business Association;;;International;Digital Europe Assoc;123-45;"
            + "Large (250 or more);Belgium;"
            + PUBLIC
            + ";Yes;;5 - Very important;\"We ask for a lighter regime.\n"
            + "Second line; with a semicolon.\";paper.pdf",
        "F200;13.06.2020 11:00;German;EU Citizen;;;;;;;Germany;"
            + ANONYMOUS
            + ";No;\"Only for \"\"high-risk\"\" uses\";"
            + "4 - Important;;Jane_Doe_response.pdf",
        "F300;14.06.2020 09:00;French;\"Company/Business organisation;;;;;;France;"
            + PUBLIC
            + ";Yes;;4 - Important;;",
        "F400;15.06.2020 09:00;English;NGO (Non-governmental organisation);;;;Watchdog;;;Ireland;"
            + PUBLIC
            + ";Yes;;5 - Very important;;");
  }

  private static Map<String, Submission> byId(Export e) {
    return e.submissions().stream().collect(Collectors.toMap(Submission::id, Function.identity()));
  }

  @Test
  void portalColumnsMapToSubmissions() throws IOException {
    Submission s = byId(sample()).get("F100");
    assertEquals("Business Association", s.declaredType());
    assertEquals("Digital Europe Assoc", s.organisation());
    assertEquals("BE", s.country());
    assertEquals("en", s.language());
    assertEquals(Consent.PUBLIC, s.consent());
    assertEquals(Consent.ANONYMOUS, byId(sample()).get("F200").consent());
  }

  @Test
  void papersJoinByTheirReferencePrefixAndEveryFileIsAccountedFor() throws IOException {
    Export e = sample();
    Map<String, InputFile> files =
        e.files().stream().collect(Collectors.toMap(InputFile::relativePath, Function.identity()));
    assertEquals("F100", files.get("F100_position paper.pdf").submissionId());
    assertEquals("F100", files.get("F100-annex.pdf").submissionId());
    // F200 asked to stay anonymous: its paper is published under a neutral name
    assertEquals("F200", files.get("F200/file-1.pdf").submissionId());
    String stray = PublishedNames.layoutId("stray.txt") + "/file-1.txt";
    assertTrue(files.get(stray).listingNote().contains("not listed in export-2020.csv"));
    assertEquals(4, files.values().stream().filter(InputFile::present).count());
  }

  @Test
  void anAnonymousRespondentsUploadNameIsNeverRepeated() throws IOException {
    Export e = sample();
    assertTrue(e.files().stream().noneMatch(f -> f.relativePath().contains("Jane")));
  }

  @Test
  void closedAnswersAreDataAndFreeTextAnswersAreTextUnderTheirQuestion() throws IOException {
    Export e = sample();
    List<Answer> f100 = e.answers().stream().filter(a -> a.submissionId().equals("F100")).toList();
    assertEquals(List.of("Q13", "Q15"), f100.stream().map(Answer::questionId).toList());
    assertEquals("Yes", f100.get(0).answer());
    assertEquals("Do you think that new rules are needed?", f100.get(0).question());
    FreeTextAnswer multiLine =
        e.freeText().stream()
            .filter(a -> a.submissionId().equals("F100"))
            .findFirst()
            .orElseThrow();
    assertEquals("Q16", multiLine.questionId());
    assertEquals("We ask for a lighter regime.\nSecond line; with a semicolon.", multiLine.text());
    assertEquals("Do you have any further suggestion?:", multiLine.heading());
    FreeTextAnswer other =
        e.freeText().stream()
            .filter(a -> a.submissionId().equals("F200"))
            .findFirst()
            .orElseThrow();
    assertEquals("Do you think that new rules are needed? Other, please specify:", other.heading());
    assertEquals("Only for \"high-risk\" uses", other.text());
  }

  @Test
  void aMalformedRowIsReportedWithItsLineAndTheRestIsRead() throws IOException {
    Export e = sample();
    assertEquals(
        List.of("F100", "F200", "F400"),
        e.submissions().stream()
            .map(Submission::id)
            .filter(id -> id.startsWith("F"))
            .sorted()
            .toList());
    assertTrue(
        e.problems().stream().anyMatch(p -> p.startsWith("export-2020.csv line 10:")),
        e.problems().toString());
  }

  @Test
  void theSaferConsentWinsWhenARespondentAppearsTwice() throws IOException {
    Export e =
        read(
            "F100;;English;;;;;Org;;;Belgium;" + PUBLIC + ";Yes;;;;",
            "F100;;English;;;;;Org;;;Belgium;" + ANONYMOUS + ";Yes;;;;");
    assertEquals(Consent.ANONYMOUS, byId(e).get("F100").consent());
    assertFalse(e.problems().isEmpty());
  }

  @Test
  void aBlindExportHidesDeclaredTypesAndClosedAnswers() throws IOException {
    Export blind = sample().blind();
    assertTrue(blind.submissions().stream().allMatch(s -> s.declaredType().isEmpty()));
    assertTrue(blind.answers().isEmpty());
    assertFalse(blind.freeText().isEmpty());
  }
}
