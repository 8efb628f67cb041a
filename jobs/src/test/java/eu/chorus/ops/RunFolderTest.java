package eu.chorus.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

  @TempDir Path root;

  /** A run's outputs as Chorus writes them: the manifest and run.json mark the folder as a run. */
  static void writeRun(Path folder, String text) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("submissions.csv"), text, StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("manifest.csv"), "file,submission_id\r\n", StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("run.json"),
        "{\"chorusVersion\": \"dev\", \"versions\": {\"chorus\": \"dev\"}}",
        StandardCharsets.UTF_8);
  }

  private static void write(RunFolder folder, String text) throws IOException {
    folder.begin();
    writeRun(folder.staging(), text);
  }

  private static void assertRefused(RunFolder folder) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, folder::check);
    assertTrue(refused.getMessage().startsWith("refusing to replace "), refused.getMessage());
  }

  @Test
  void theDestinationKeepsThePreviousRunUntilTheNextIsPublished() throws IOException {
    Path out = root.resolve("run");
    RunFolder first = RunFolder.single(out);
    write(first, "first");
    assertFalse(Files.exists(out), "nothing is visible before publishing");
    first.publish();

    RunFolder second = RunFolder.single(out);
    write(second, "second");
    assertEquals(
        "first",
        Files.readString(out.resolve("submissions.csv")),
        "the previous run stays readable");
    second.publish();
    assertEquals("second", Files.readString(out.resolve("submissions.csv")));
    try (var entries = Files.list(root)) {
      assertEquals(1, entries.count(), "no staging or previous folder is left behind");
    }
  }

  @Test
  void eachNightGetsItsOwnFolderAndLatestSwitchesToIt() throws IOException {
    Clock night1 = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
    Clock night2 = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneOffset.UTC);
    RunFolder first = RunFolder.nightly(root, night1);
    write(first, "first");
    first.publish();
    assertEquals(root.resolve("2026-12-01T020000"), first.destination());
    assertEquals("first", Files.readString(root.resolve("latest/submissions.csv")));

    RunFolder second = RunFolder.nightly(root, night2);
    write(second, "second");
    assertEquals(
        "first",
        Files.readString(root.resolve("latest/submissions.csv")),
        "latest moves only when complete");
    second.publish();
    assertTrue(Files.isSymbolicLink(root.resolve("latest")));
    assertEquals("second", Files.readString(root.resolve("latest/submissions.csv")));
    assertEquals(
        "first",
        Files.readString(root.resolve("2026-12-01T020000/submissions.csv")),
        "earlier nights are kept");
  }

  @Test
  void aFailedRunIsSetAsideWithoutTouchingTheDestination() throws IOException {
    Path out = root.resolve("run");
    RunFolder first = RunFolder.single(out);
    write(first, "first");
    first.publish();
    RunFolder failed = RunFolder.single(out);
    write(failed, "half");
    Path kept = failed.abandon();
    assertEquals("first", Files.readString(out.resolve("submissions.csv")));
    assertEquals("half", Files.readString(kept.resolve("submissions.csv")));
  }

  @Test
  void aFolderThatIsNotARunIsRefusedBeforeTheRunAndKeepsItsFiles() throws IOException {
    Path out = root.resolve("thesis");
    Files.createDirectories(out);
    Files.writeString(out.resolve("chapter1.txt"), "years of work");
    assertRefused(RunFolder.single(out));
    assertEquals("years of work", Files.readString(out.resolve("chapter1.txt")));
  }

  @Test
  void aFileIsNotReplacedByARunFolder() throws IOException {
    Path out = root.resolve("notes.txt");
    Files.writeString(out, "keep me");
    assertRefused(RunFolder.single(out));
    assertEquals("keep me", Files.readString(out));
  }

  @Test
  void anEmptyFolderIsAcceptedAndBecomesTheRun() throws IOException {
    Path out = Files.createDirectories(root.resolve("empty"));
    RunFolder folder = RunFolder.single(out);
    folder.check();
    write(folder, "first");
    folder.publish();
    assertEquals("first", Files.readString(out.resolve("submissions.csv")));
  }

  @Test
  void anEarlierRunIsRecognisedAndAccepted() throws IOException {
    Path out = root.resolve("run");
    writeRun(out, "earlier");
    assertTrue(RunFolder.isRun(Location.of(out)));
    RunFolder.single(out).check();
    RunFolder.requireRun(out);
  }

  @Test
  void aRunJsonThatChorusDidNotWriteDoesNotMakeARun() throws IOException {
    Path out = root.resolve("other-tool");
    Files.createDirectories(out);
    Files.writeString(out.resolve("manifest.csv"), "name,size\n");
    Files.writeString(out.resolve("run.json"), "{\"job\": 7}");
    assertFalse(RunFolder.isRun(Location.of(out)));
    Files.writeString(out.resolve("run.json"), "not json");
    assertFalse(RunFolder.isRun(Location.of(out)));
    assertRefused(RunFolder.single(out));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> RunFolder.requireRun(out));
    assertTrue(refused.getMessage().startsWith("not a chorus run folder"), refused.getMessage());
  }

  @Test
  void aDestinationWrittenInPlaceThroughAUriIsCheckedAlike() throws IOException {
    Path run = root.resolve("run");
    writeRun(run, "earlier");
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("keep.txt"), "kept");
    RunFolder.checkDestination(Location.of(run.toUri().toString()));
    RunFolder.checkDestination(Location.of(root.resolve("new").toUri().toString()));
    assertThrows(
        IllegalArgumentException.class,
        () -> RunFolder.checkDestination(Location.of(other.toUri().toString())));
  }

  @Test
  void whatIsPutIntoTheDestinationDuringTheRunIsNotReplaced() throws IOException {
    Path out = root.resolve("run");
    RunFolder folder = RunFolder.single(out);
    folder.check();
    write(folder, "new");
    Files.createDirectories(out);
    Files.writeString(out.resolve("copied-in.txt"), "someone's file");
    IOException refused = assertThrows(IOException.class, folder::publish);
    assertTrue(
        refused.getMessage().contains(folder.staging().toString()), "says where the outputs are");
    assertEquals("someone's file", Files.readString(out.resolve("copied-in.txt")));
    assertEquals("new", Files.readString(folder.staging().resolve("submissions.csv")));
  }

  @Test
  void aLatestThatIsNotALinkIsNotReplaced() throws IOException {
    Files.writeString(root.resolve(RunFolder.LATEST), "a file of the user's");
    assertThrows(
        IllegalArgumentException.class,
        RunFolder.nightly(root, Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC))
            ::check);
    assertEquals("a file of the user's", Files.readString(root.resolve(RunFolder.LATEST)));
  }
}
