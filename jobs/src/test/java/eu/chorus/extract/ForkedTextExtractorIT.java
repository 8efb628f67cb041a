package eu.chorus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are parsed in a reused child JVM; one that dies takes only its file with it. */
class ForkedTextExtractorIT {

  @TempDir Path dir;

  @Test
  void extractsInAChildProcessAndReusesIt() throws IOException {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"), "First paragraph of a position paper.", StandardCharsets.UTF_8);
    Path b =
        Files.writeString(
            dir.resolve("b.txt"), "Second paper, also plain text.", StandardCharsets.UTF_8);
    try (ForkedTextExtractor x =
        new ForkedTextExtractor(new ExtractionSettings(30, 100_000, 500, false, "eng"))) {
      long before = ProcessHandle.current().children().count();
      ExtractedText first = x.extract(a);
      long during = ProcessHandle.current().children().count();
      ExtractedText second = x.extract(b);
      assertEquals(FileStatus.OK, first.status(), first.reason());
      assertTrue(first.pages().get(0).contains("First paragraph"));
      assertTrue(second.pages().get(0).contains("Second paper"));
      assertEquals(before + 1, during, "one worker process");
      assertEquals(
          during,
          ProcessHandle.current().children().count(),
          "the worker is reused, not restarted");
    }
  }

  @Test
  void aWorkerThatDiesQuarantinesOnlyItsFileAndIsReplaced() throws Exception {
    Path good =
        Files.writeString(
            dir.resolve("good.txt"), "A readable submission.", StandardCharsets.UTF_8);
    // A large enough text keeps the worker busy while it is killed from outside.
    Path big = dir.resolve("big.txt");
    Files.writeString(
        big, "Long text about transparency. ".repeat(2_000_000), StandardCharsets.UTF_8);
    try (ForkedTextExtractor x =
        new ForkedTextExtractor(new ExtractionSettings(60, 60_000_000, 500, false, "eng"))) {
      assertEquals(FileStatus.OK, x.extract(good).status());
      ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
      killer.schedule(
          () -> ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly),
          300,
          TimeUnit.MILLISECONDS);
      ExtractedText killed = x.extract(big);
      killer.shutdown();
      assertEquals(FileStatus.QUARANTINED, killed.status());
      assertTrue(killed.reason().contains("crashed"), killed.reason());
      ExtractedText after = x.extract(good);
      assertEquals(FileStatus.OK, after.status(), after.reason());
    }
  }

  @Test
  void aFileNeedingMoreMemoryThanAllowedIsQuarantinedWithThatReason() throws IOException {
    // 40 MB of text kept in full does not fit a 64 MB heap next to Tika.
    Path big = dir.resolve("big.txt");
    Files.writeString(
        big, "Long text about transparency. ".repeat(1_400_000), StandardCharsets.UTF_8);
    try (ForkedTextExtractor x =
        new ForkedTextExtractor(
            new ExtractionSettings(60, 100_000_000, 500, false, "eng", 64, 256))) {
      ExtractedText t = x.extract(big);
      assertEquals(FileStatus.QUARANTINED, t.status());
      assertTrue(t.reason().contains("memory"), t.reason());
    }
  }
}
