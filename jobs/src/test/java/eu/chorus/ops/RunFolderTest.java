package eu.chorus.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static void write(RunFolder folder, String text) throws IOException {
    folder.begin();
    Files.writeString(folder.staging().resolve("submissions.csv"), text, StandardCharsets.UTF_8);
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
    assertEquals("first", Files.readString(out.resolve("submissions.csv")), "the previous run stays readable");
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
    assertEquals("first", Files.readString(root.resolve("latest/submissions.csv")), "latest moves only when complete");
    second.publish();
    assertTrue(Files.isSymbolicLink(root.resolve("latest")));
    assertEquals("second", Files.readString(root.resolve("latest/submissions.csv")));
    assertEquals("first", Files.readString(root.resolve("2026-12-01T020000/submissions.csv")), "earlier nights are kept");
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
}
