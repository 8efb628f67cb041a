package eu.chorus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ExportReaderTest {

  @TempDir Path export;

  private void file(String relative, String content) throws IOException {
    Path p = export.resolve("files").resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private Map<String, InputFile> byPath(Export e) {
    return e.files().stream().collect(Collectors.toMap(InputFile::relativePath, Function.identity()));
  }

  @Test
  void withoutMetadataEachTopLevelEntryIsAnAnonymousSubmission() throws IOException {
    file("letter.txt", "hello");
    file("bundle/a.txt", "a");
    file("bundle/sub/b.txt", "b");
    Export e = ExportReader.read(export);
    assertEquals(List.of("bundle", "letter.txt"), e.submissions().stream().map(Submission::id).toList());
    assertTrue(e.submissions().stream().allMatch(s -> s.consent() == Consent.ANONYMOUS));
    Map<String, InputFile> files = byPath(e);
    assertEquals("bundle", files.get("bundle/sub/b.txt").submissionId());
    assertEquals(5, files.get("letter.txt").bytes());
  }

  @Test
  void everyFileOnDiskAndEveryListedFileIsAccountedFor() throws IOException {
    file("S1/paper.pdf", "x");
    file("S1/extra.txt", "unlisted but in S1's folder");
    file("stray.txt", "unlisted, no folder");
    Files.writeString(export.resolve("submissions.csv"),
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\n"
            + "S1,,,,,,PUBLIC,S1/paper.pdf;S1/annex.docx\n", StandardCharsets.UTF_8);
    Export e = ExportReader.read(export);
    Map<String, InputFile> files = byPath(e);
    assertEquals(4, files.size());
    assertEquals("S1", files.get("S1/extra.txt").submissionId());
    assertTrue(files.get("S1/extra.txt").listingNote().contains("attached to S1 by its folder"));
    assertEquals("stray.txt", files.get("stray.txt").submissionId());
    InputFile missing = files.get("S1/annex.docx");
    assertFalse(missing.present());
    assertTrue(missing.listingNote().contains("not found"));
    assertEquals(List.of("S1", "stray.txt"), e.submissions().stream().map(Submission::id).toList());
  }

  @Test
  void fileIndexesNumberEachSubmissionsFilesFromOne() throws IOException {
    file("S1/b.txt", "b");
    file("S1/a.txt", "a");
    Export e = ExportReader.read(export);
    Map<String, InputFile> files = byPath(e);
    assertEquals(1, files.get("S1/a.txt").fileIndex());
    assertEquals(2, files.get("S1/b.txt").fileIndex());
  }
}
