package eu.chorus.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code file:} URIs go through Hadoop's file system and must behave as plain paths do. */
class LocationTest {

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Location uri(String relative) {
    return Location.of(dir.resolve(relative).toUri().toString());
  }

  @Test
  void tellsPathsFromUris() {
    assertTrue(Location.of("data-samples").isLocalPath());
    assertTrue(Location.of("/work/export").isLocalPath());
    assertTrue(Location.of("C:\\export").isLocalPath());
    assertFalse(Location.of("file:/work/export").isLocalPath());
    assertFalse(Location.of("hdfs://namenode:8020/exports/2026-12").isLocalPath());
    assertFalse(Location.of("s3a://bucket/export").isLocalPath());
  }

  @Test
  void resolvesChildrenWithoutLosingTheScheme() {
    assertEquals(
        "hdfs://nn/exports/files/a.pdf",
        Location.of("hdfs://nn/exports").resolve("files/a.pdf").toString());
    assertEquals(
        "hdfs://nn/exports/run.json",
        Location.of("hdfs://nn/exports/").resolve("run.json").toString());
    assertEquals(
        Path.of("out", "run.json").toString(), Location.of("out").resolve("run.json").toString());
    assertEquals(
        Path.of("out").toAbsolutePath().toString(), Location.of("out").absolute().toString());
  }

  @Test
  void listsTheSameFilesThroughAUriAsThroughAPath() throws IOException {
    write("export/files/S2/b.txt", "b");
    write("export/files/S1/a.txt", "a");
    write("export/files/letter.txt", "hello");
    Files.createDirectories(dir.resolve("export/files/empty-folder"));
    List<String> viaPath = Location.of(dir.resolve("export/files")).listFiles();
    assertEquals(List.of("S1/a.txt", "S2/b.txt", "letter.txt"), viaPath);
    assertEquals(viaPath, uri("export/files").listFiles());
    assertTrue(uri("export/files").isDirectory());
    assertFalse(uri("export/files/letter.txt").isDirectory());
    assertFalse(uri("export/missing").isDirectory());
    assertTrue(uri("export/files/letter.txt").isFile());
    assertEquals(5, uri("export/files/letter.txt").size());
  }

  @Test
  void tellsAnEmptyFolderFromAFullOneThroughAUriAsThroughAPath() throws IOException {
    write("full/a.txt", "a");
    Files.createDirectories(dir.resolve("empty"));
    for (boolean viaUri : new boolean[] {false, true}) {
      Location empty = viaUri ? uri("empty") : Location.of(dir.resolve("empty"));
      Location full = viaUri ? uri("full") : Location.of(dir.resolve("full"));
      Location missing = viaUri ? uri("missing") : Location.of(dir.resolve("missing"));
      assertTrue(empty.exists() && empty.isEmptyDirectory());
      assertTrue(full.exists());
      assertFalse(full.isEmptyDirectory());
      assertFalse(missing.exists() || missing.isEmptyDirectory());
      assertFalse(full.resolve("a.txt").isEmptyDirectory(), "a file is not an empty folder");
    }
  }

  @Test
  void readsAnExportGivenAsAFileUri() throws IOException {
    write("export/files/S1/paper.txt", "paper");
    write("export/files/stray.txt", "unlisted");
    write(
        "export/submissions.csv",
        "submission_id,submitted_at,respondent_type,organisation,country,language,consent,files\n"
            + "S1,,,,,,PUBLIC,S1/paper.txt;S1/annex.docx\n");
    Export viaPath = ExportReader.read(dir.resolve("export"));
    Export viaUri = ExportReader.read(uri("export"));
    assertEquals(viaPath.submissions(), viaUri.submissions());
    assertEquals(viaPath.problems(), viaUri.problems());
    assertEquals(3, viaUri.files().size());
    for (int i = 0; i < viaUri.files().size(); i++) {
      InputFile p = viaPath.files().get(i);
      InputFile u = viaUri.files().get(i);
      assertEquals(p.relativePath(), u.relativePath());
      assertEquals(p.bytes(), u.bytes());
      assertEquals(p.present(), u.present());
      assertEquals(p.listingNote(), u.listingNote());
      assertTrue(u.path().startsWith("file:"), u.path());
    }
  }

  @Test
  void writesThroughAUriAndCreatesItsFolders() throws IOException {
    Location out = uri("run/deeper");
    out.createDirectories();
    try (OutputStream o = out.resolve("manifest.csv").create()) {
      o.write("file\r\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(
        "file\r\n",
        Files.readString(dir.resolve("run/deeper/manifest.csv"), StandardCharsets.UTF_8));
    // The raw file system: no checksum side file beside an output.
    try (var listing = Files.list(dir.resolve("run/deeper"))) {
      assertEquals(List.of("manifest.csv"), listing.map(p -> p.getFileName().toString()).toList());
    }
    try (InputStream in = out.resolve("manifest.csv").open()) {
      assertArrayEquals("file\r\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
  }

  @Test
  void aUriFileIsReadFromATemporaryCopyWithItsNameThatIsRemovedOnClose() throws IOException {
    Path original = write("export/files/S1/letter.odt", "not really odt");
    Path copy;
    try (Location.LocalCopy local = uri("export/files/S1/letter.odt").localCopy()) {
      copy = local.path();
      assertNotEquals(original, copy);
      assertEquals("letter.odt", copy.getFileName().toString());
      assertEquals("not really odt", Files.readString(copy, StandardCharsets.UTF_8));
    }
    assertFalse(Files.exists(copy));
    assertTrue(Files.exists(original));
    try (Location.LocalCopy local = Location.of(original).localCopy()) {
      assertEquals(original, local.path());
    }
    assertTrue(Files.exists(original), "a local file is read in place, never deleted");
  }
}
