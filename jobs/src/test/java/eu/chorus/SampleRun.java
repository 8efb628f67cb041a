package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample export ({@code data-samples/}) run once per test JVM with an embedded local Spark:
 * {@link ChorusRunIT} checks its outputs, {@link ClusterRunIT} compares a cluster run with them. A
 * full run takes minutes, so the integration tests share it.
 */
final class SampleRun {

  private static Path out;
  private static double seconds;

  private SampleRun() {}

  static Path samples() {
    Path samples =
        Path.of(System.getProperty("chorus.samples", "../data-samples"))
            .toAbsolutePath()
            .normalize();
    assertTrue(
        Files.isRegularFile(samples.resolve("submissions.csv")), "no sample export at " + samples);
    return samples;
  }

  /**
   * The local run's output folder, running it on first use. {@code -Dchorus.localRun=<folder>}
   * names the output of an earlier local run of the same code instead (to rerun only ClusterRunIT,
   * e.g. with {@code -Pcluster}).
   */
  static synchronized Path local() throws IOException {
    String earlier = System.getProperty("chorus.localRun", "");
    if (out == null && !earlier.isBlank()) {
      out = Path.of(earlier);
      seconds = Double.NaN;
      assertTrue(Files.isRegularFile(out.resolve("run.json")), "no earlier run at " + out);
    }
    if (out == null) {
      Path folder = Files.createTempDirectory("chorus-run-it");
      long started = System.nanoTime();
      int exit =
          Main.commandLine()
              .execute("run", "--input", samples().toString(), "--out", folder.toString());
      seconds = (System.nanoTime() - started) / 1e9;
      assertTrue(exit == Main.OK || exit == Main.QUARANTINED, "exit code " + exit);
      out = folder;
    }
    return out;
  }

  /** Wall time of the local run, in seconds (NaN for an earlier run). */
  static synchronized double localSeconds() throws IOException {
    local();
    return seconds;
  }
}
