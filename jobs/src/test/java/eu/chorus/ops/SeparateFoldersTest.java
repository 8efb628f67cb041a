package eu.chorus.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeparateFoldersTest {

  @TempDir Path root;

  private static Map<String, Location> folders(String input, String out, String state) {
    Map<String, Location> folders = new LinkedHashMap<>();
    folders.put("--input", Location.of(input));
    folders.put("--out", Location.of(out));
    folders.put("--state", state == null ? null : Location.of(state));
    return folders;
  }

  private static String refusal(String input, String out, String state) {
    return assertThrows(
            IllegalArgumentException.class, () -> SeparateFolders.check(folders(input, out, state)))
        .getMessage();
  }

  private Path export() throws IOException {
    return Files.createDirectories(root.resolve("export/files"));
  }

  @Test
  void theInputAsTheOutputIsRefused() throws IOException {
    Path export = export().getParent();
    String message = refusal(export.toString(), export.toString(), null);
    assertTrue(message.startsWith("--input and --out name the same folder"), message);
    refusal(export.toString(), root.resolve("export/files/../.").toString(), null);
  }

  @Test
  void anOutputInsideTheInputIsRefused() throws IOException {
    Path export = export().getParent();
    String message = refusal(export.toString(), export.resolve("runs/tonight").toString(), null);
    assertTrue(
        message.startsWith("--out " + export.resolve("runs/tonight") + " lies inside --input"),
        message);
  }

  @Test
  void anInputInsideTheOutputIsRefused() throws IOException {
    Path export = export().getParent();
    refusal(export.toString(), root.toString(), null);
  }

  @Test
  void aStateInsideTheInputOrTheOutputIsRefused() throws IOException {
    Path export = export().getParent();
    Path out = root.resolve("run");
    refusal(export.toString(), out.toString(), export.resolve("state").toString());
    refusal(export.toString(), out.toString(), out.resolve("state").toString());
  }

  @Test
  void aSymbolicLinkToTheInputIsTheInput() throws IOException {
    Path export = export().getParent();
    Path link = Files.createSymbolicLink(root.resolve("link"), export);
    refusal(export.toString(), link.resolve("run").toString(), null);
  }

  @Test
  void separateFoldersAreAccepted() throws IOException {
    Path export = export().getParent();
    // "export-runs" starts with "export" but is not inside it.
    assertDoesNotThrow(
        () ->
            SeparateFolders.check(
                folders(
                    export.toString(),
                    root.resolve("export-runs/run").toString(),
                    root.resolve("state").toString())));
  }

  @Test
  void fileSystemUrisAreComparedByPath() {
    refusal("hdfs://nn:8020/exports/gpai", "hdfs://nn:8020/exports/gpai/runs/1", null);
    assertDoesNotThrow(
        () ->
            SeparateFolders.check(
                folders("hdfs://nn:8020/exports/gpai", "hdfs://nn:8020/runs/gpai", null)));
    assertDoesNotThrow(
        () ->
            SeparateFolders.check(
                folders(
                    "hdfs://nn:8020/exports/gpai", "hdfs://other:8020/exports/gpai/runs", null)));
  }

  @Test
  void aFileUriAndAPathToOneFolderAreTheSameFolder() throws IOException {
    Path export = export().getParent();
    refusal(export.toString(), export.resolve("run").toUri().toString(), null);
  }
}
