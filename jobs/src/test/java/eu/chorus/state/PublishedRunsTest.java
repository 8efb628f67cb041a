package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.chorus.ops.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedRunsTest {

  @TempDir Path dir;
  private Path run;
  private PublishedRuns published;

  @BeforeEach
  void aPublishedRun() throws IOException {
    run = dir.resolve("runs/night-1");
    Files.createDirectories(run.resolve("passages"));
    Files.createDirectories(run.resolve("report"));
    Files.writeString(run.resolve("stances.csv"), "submission_id,topic\r\nCP-1,T1\r\n");
    Files.writeString(run.resolve("passages/part-0.parquet"), "parquet bytes");
    Files.writeString(run.resolve("run.json"), "{}");
    Files.writeString(run.resolve("chorus.log"), "log");
    Files.writeString(run.resolve("report/index.html"), "<html>");
    published = new PublishedRuns(dir.resolve("state"));
    published.remember("k1", run);
  }

  @Test
  void anIntactRunIsFoundByItsKeyOnly() throws IOException {
    assertEquals(Optional.of(run.toAbsolutePath().normalize()), published.find("k1"));
    assertFalse(published.find("k2").isPresent());
  }

  @Test
  void anEditedOutputIsNeverCopied() throws IOException {
    Files.writeString(run.resolve("stances.csv"), "submission_id,topic\r\nCP-1,T2\r\n");
    assertFalse(published.find("k1").isPresent());
  }

  @Test
  void aDeletedRunIsNeverCopied() throws IOException {
    Folders.deleteTree(run);
    assertFalse(published.find("k1").isPresent());
  }

  @Test
  void theRunsOwnLogSummaryAndReportDoNotCountAndAreNotCopied() throws IOException {
    Files.writeString(run.resolve("chorus.log"), "another night's log");
    assertTrue(published.find("k1").isPresent());
    Path next = dir.resolve("runs/.night-2.partial");
    PublishedRuns.copyOutputs(run, next);
    assertEquals("parquet bytes", Files.readString(next.resolve("passages/part-0.parquet")));
    assertTrue(Files.isRegularFile(next.resolve("stances.csv")));
    assertFalse(Files.exists(next.resolve("run.json")));
    assertFalse(Files.exists(next.resolve("chorus.log")));
    assertFalse(Files.exists(next.resolve("report")));
  }
}
