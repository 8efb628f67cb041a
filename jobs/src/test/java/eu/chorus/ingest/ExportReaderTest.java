package eu.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportReaderTest {

  @TempDir Path export;

  private void file(String relative, String content) throws IOException {
    Path p = export.resolve("files").resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private Map<String, InputFile> byPath(Export e) {
    return e.files().stream()
        .collect(Collectors.toMap(InputFile::relativePath, Function.identity()));
  }

  @Test
  void withoutMetadataEachTopLevelEntryIsAnAnonymousSubmission() throws IOException {
    file("letter.txt", "hello");
    file("bundle/a.txt", "a");
    file("bundle/sub/b.txt", "b");
    Export e = ExportReader.read(export);
    // Their ids would be file or folder names: they get neutral ones, stable from night to night.
    String bundle = PublishedNames.layoutId("bundle");
    String letter = PublishedNames.layoutId("letter.txt");
    assertTrue(bundle.matches("ANON-[0-9a-f]{10}"), bundle);
    assertEquals(
        List.of(bundle, letter).stream().sorted().toList(),
        e.submissions().stream().map(Submission::id).toList());
    assertTrue(e.submissions().stream().allMatch(s -> s.consent() == Consent.ANONYMOUS));
    Map<String, InputFile> files = byPath(e);
    assertEquals(
        Set.of(bundle + "/file-1.txt", bundle + "/file-2.txt", letter + "/file-1.txt"),
        files.keySet());
    assertEquals(bundle, files.get(bundle + "/file-2.txt").submissionId());
    assertTrue(
        files.get(bundle + "/file-2.txt").path().endsWith("bundle/sub/b.txt"), "read where it is");
    assertEquals(5, files.get(letter + "/file-1.txt").bytes());
    assertEquals(e.submissions(), ExportReader.read(export).submissions());
  }

  @Test
  void everyFileOnDiskAndEveryListedFileIsAccountedFor() throws IOException {
    file("S1/paper.pdf", "x");
    file("S1/extra.txt", "unlisted but in S1's folder");
    file("stray.txt", "unlisted, no folder");
    Files.writeString(
        export.resolve("submissions.csv"),
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\n"
            + "S1,,,,,,PUBLIC,S1/paper.pdf;S1/annex.docx\n",
        StandardCharsets.UTF_8);
    Export e = ExportReader.read(export);
    Map<String, InputFile> files = byPath(e);
    assertEquals(4, files.size());
    assertEquals("S1", files.get("S1/extra.txt").submissionId());
    assertTrue(files.get("S1/extra.txt").listingNote().contains("attached to S1 by its folder"));
    String stray = PublishedNames.layoutId("stray.txt");
    assertEquals(stray, files.get(stray + "/file-1.txt").submissionId());
    InputFile missing = files.get("S1/annex.docx");
    assertFalse(missing.present());
    assertTrue(missing.listingNote().contains("not found"));
    assertEquals(List.of(stray, "S1"), e.submissions().stream().map(Submission::id).toList());
  }

  @Test
  void fileIndexesNumberEachSubmissionsFilesFromOne() throws IOException {
    file("S1/b.txt", "b");
    file("S1/a.txt", "a");
    metadata("S1,,,,,,PUBLIC,");
    Export e = ExportReader.read(export);
    Map<String, InputFile> files = byPath(e);
    assertEquals(1, files.get("S1/a.txt").fileIndex());
    assertEquals(2, files.get("S1/b.txt").fileIndex());
  }

  private void metadata(String... rows) throws IOException {
    Files.writeString(
        export.resolve("submissions.csv"),
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\n"
            + String.join("\n", rows)
            + "\n",
        StandardCharsets.UTF_8);
  }

  /** Everything an output could show of an export: ids, file names, listings, notes, problems. */
  private static String published(Export e) {
    StringBuilder b = new StringBuilder();
    e.submissions().forEach(s -> b.append(s.id()).append(' ').append(s.files()).append('\n'));
    e.files()
        .forEach(
            f ->
                b.append(f.relativePath())
                    .append(' ')
                    .append(f.submissionId())
                    .append(' ')
                    .append(f.listingNote())
                    .append('\n'));
    e.problems().forEach(p -> b.append(p).append('\n'));
    return b.toString();
  }

  @Test
  void anonymousRespondentsFilesAndFoldersArePublishedWithoutTheirNames() throws IOException {
    file("Jane_Doe/Jane_Doe_response.PDF", "x");
    file("S2/Acme position.txt", "public");
    file("Richard Roe/letter to the AI Office.docx", "unlisted folder named after its author");
    metadata(
        "S1,,,,,,ANONYMOUS,Jane_Doe/Jane_Doe_response.PDF;Jane_Doe/Jane_Doe_CV.odt",
        "S2,,,Acme,,,PUBLIC,S2/Acme position.txt;Jane_Doe/Jane_Doe_CV.odt");
    Export e = ExportReader.read(export);
    String out = published(e);
    for (String name : List.of("Jane", "Doe", "Richard", "Roe", "letter to")) {
      assertFalse(out.contains(name), name + " in\n" + out);
    }
    Map<String, InputFile> files = byPath(e);
    String roe = PublishedNames.layoutId("Richard Roe");
    assertEquals(
        Set.of("S1/file-1.pdf", "S1/file-2.odt", "S2/Acme position.txt", roe + "/file-1.docx"),
        files.keySet());
    assertTrue(
        files.get("S1/file-1.pdf").path().endsWith("Jane_Doe/Jane_Doe_response.PDF"),
        "read where it is");
    assertFalse(files.get("S1/file-2.odt").present());
    Map<String, Submission> byId =
        e.submissions().stream().collect(Collectors.toMap(Submission::id, s -> s));
    assertEquals(List.of("S1/file-1.pdf", "S1/file-2.odt"), byId.get("S1").files());
    assertEquals(
        List.of("S2/Acme position.txt", "S1/file-2.odt"),
        byId.get("S2").files(),
        "a public listing too");
    assertEquals(List.of(roe + "/file-1.docx"), byId.get(roe).files());
    assertTrue(
        e.problems().contains("file S1/file-2.odt is listed by S1 and S2; kept with S1"),
        e.problems().toString());
  }

  @Test
  void publishedNamesKeepOnlyAKnownExtension() {
    assertEquals("S/file-3.pdf", PublishedNames.anonymousFile("S", 3, "a/Jane_Doe.PDF"));
    assertEquals("S/file-1", PublishedNames.anonymousFile("S", 1, "a/report.Jane"));
    assertEquals("S/file-1", PublishedNames.anonymousFile("S", 1, ".Doe"));
    assertEquals("S/file-1", PublishedNames.anonymousFile("S", 1, "Jane_Doe"));
  }

  @Test
  void aReadersMessageNamesTheFileByItsPublishedName() {
    InputFile f =
        new InputFile(
            "/export/files/Jane_Doe/Jane_Doe_response.txt", "S1/file-1.txt", "S1", 1, 3, true, "");
    assertEquals(
        "file could not be read: S1/file-1.txt",
        f.publish("file could not be read: /export/files/Jane_Doe/Jane_Doe_response.txt"));
    assertEquals("bad bytes in file-1.txt", f.publish("bad bytes in Jane_Doe_response.txt"));
    InputFile open =
        new InputFile("/export/files/S2/paper.txt", "S2/paper.txt", "S2", 1, 3, true, "");
    assertEquals(
        "cannot read S2/paper.txt", open.publish("cannot read /export/files/S2/paper.txt"));
  }

  /** Runs a shell command with the export folder as $1 (entries Java cannot create by itself). */
  private void shell(String script) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("sh", "-c", script, "sh", export.resolve("files").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), output);
  }

  @Test
  void linksFifosAndUndecodableNamesAreEntriesWithAReasonAndTheRestIsRead() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/sh"))
            && !System.getProperty("os.name").startsWith("Windows"),
        "needs a POSIX shell and file system");
    file("S1/paper.txt", "the paper");
    file("S1/Jane_Doe/notes.txt", "notes");
    Files.writeString(export.resolve("secret.txt"), "outside files/");
    Files.createSymbolicLink(export.resolve("files/S1/annex.txt"), Path.of("../../secret.txt"));
    Files.createSymbolicLink(export.resolve("files/S1/folder-link"), Path.of("Jane_Doe"));
    shell(
        "mkfifo \"$1/S1/pipe\" && printf x > \"$1/S1/$(printf 'Jane_\\377.txt')\" "
            + "&& mkdir -p \"$1/P2\" && printf y > \"$1/P2/$(printf 'r\\351ponse.txt')\"");
    metadata("S1,,,,,,ANONYMOUS,S1/paper.txt", "P2,,,Org,,,PUBLIC,");
    Export e = ExportReader.read(export);
    Map<String, InputFile> files = byPath(e);
    String out = published(e);
    assertFalse(out.contains("Jane"), out);
    // S1's entries in name order: Jane_%FF.txt, Jane_Doe/notes.txt, annex.txt, folder-link,
    // paper.txt, pipe
    assertEquals(
        Set.of(
            "S1/file-1.txt",
            "S1/file-2.txt",
            "S1/file-3.txt",
            "S1/file-4",
            "S1/file-5.txt",
            "S1/file-6",
            "P2/r%E9ponse.txt"),
        files.keySet());
    assertTrue(files.get("S1/file-1.txt").listingNote().startsWith("name is not valid UTF-8"), out);
    assertTrue(files.get("S1/file-2.txt").present());
    assertTrue(
        files.get("S1/file-3.txt").listingNote().startsWith("symbolic link, not followed"), out);
    assertTrue(files.get("S1/file-4").listingNote().startsWith("symbolic link, not followed"), out);
    assertTrue(files.get("S1/file-5.txt").present());
    assertTrue(files.get("S1/file-6").listingNote().startsWith("not a regular file (FIFO)"), out);
    InputFile latin1 = files.get("P2/r%E9ponse.txt");
    assertFalse(latin1.present());
    assertEquals("P2", latin1.submissionId());
    assertTrue(
        latin1.listingNote().contains("not valid UTF-8")
            && latin1.listingNote().contains("attached to P2"),
        latin1.listingNote());
    for (InputFile f : e.files()) {
      assertEquals(
          f.present(),
          f.listingNote().isEmpty() || f.listingNote().startsWith("not listed"),
          f.toString());
      assertEquals(f.present() ? Files.size(Path.of(f.path())) : 0, f.bytes());
    }
  }
}
