package eu.chorus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the report of {@link ReportFixture} in headless Chromium (Debian {@code chromium}, which
 * {@code .ci/run} installs): what a chair's browser shows, not only what the HTML file says. The
 * screenshots are left in {@code target/report-browser/} to be looked at.
 */
class ReportInChromiumIT {

  private static final Path OUT = Paths.get("target", "report-browser").toAbsolutePath();
  private static Path chromium;

  @BeforeAll
  static void render() throws IOException {
    Optional<Path> found =
        Stream.of("chromium", "chromium-browser")
            .flatMap(
                name ->
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .map(dir -> Paths.get(dir, name)))
            .filter(Files::isExecutable)
            .findFirst();
    assumeTrue(
        found.isPresent(),
        "chromium is not installed (apt-get install chromium; .ci/run installs it): "
            + "the report is not checked in a browser here");
    chromium = found.get();
    ReportFixture.write(OUT.resolve("run"));
    ChairsReport.create().render(OUT.resolve("run"));
  }

  private static String browse(String page, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + OUT.resolve("profile")));
    command.addAll(List.of(extra));
    command.add(OUT.resolve("run/report").resolve(page).toUri().toString());
    Path stdout = OUT.resolve("chromium.out");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(OUT.resolve("chromium.err").toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in 120 s: " + command);
    }
    assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(OUT.resolve("chromium.err")));
    return read(stdout);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void theMatrixAPositionAndACitedQuoteRenderAndThePlantedScriptDoesNotRun() throws Exception {
    String index = browse("index.html", "--dump-dom");
    assertTrue(
        index.contains("<a href=\"wg-WG1.html\">"), "the index links to the working group's page");
    assertFalse(index.contains("<script"), "no script element in the index");
    String dom = browse("wg-WG1.html", "--dump-dom");
    // The heat map: a row per topic, a cell with the counts of the fixture's rightsholders.
    assertTrue(dom.contains("<table class=\"heat\">"), "the matrix is in the page");
    assertTrue(
        dom.contains(
            "<td class=\"h-s2\" title=\"Copyright policy, TDM opt-outs, licensing · Rightsholders: "
                + "1 support, 0 oppose, 0 mixed, 0 neutral; small count\"><span class=\"sv\">1</span><span class=\"sep\">/</span>"
                + "<span class=\"ov\">0</span><span class=\"of\">of 1 <span class=\"small-n\">small</span></span></td>"),
        "a support cell with its numbers, flagged as a small count");
    // A position with its size and its central passage, and a quote cited with a link to its
    // passage.
    assertTrue(dom.contains("machine-readable opt-out, honoured"), "a position renders");
    assertTrue(
        dom.contains(
            "<a href=\"passages.html#p-S001:1:0002\">S001</a>, Authors &amp; Artists Europe, "
                + "S001/letter.pdf, p.&nbsp;2"),
        "a cited quote with its citation renders");
    // The planted script is text in the page, and never ran: nothing set data-pwned.
    assertTrue(
        dom.contains(
            "&lt;script&gt;document.body.setAttribute('data-pwned','script')&lt;/script&gt;"));
    assertFalse(dom.contains("data-pwned=\""), "no planted script or handler ran");
    assertFalse(dom.contains("<script"), "no script element in the page");
    assertFalse(dom.contains(ReportFixture.ANONYMOUS_ORG));

    browse("index.html", "--screenshot=" + OUT.resolve("index.png"), "--window-size=1280,2000");
    assertTrue(Files.size(OUT.resolve("index.png")) > 10_000, "a screenshot was taken");
    browse("wg-WG1.html", "--screenshot=" + OUT.resolve("wg-WG1.png"), "--window-size=1280,2000");
  }

  @Test
  void theCitedPassageIsThereInFull() throws Exception {
    String dom = browse("passages.html", "--dump-dom");
    assertTrue(dom.contains("id=\"p-S001:1:0002\""));
    assertTrue(dom.contains("A second paragraph that only the passages page shows."));
    assertTrue(
        dom.contains("<mark>Red-teaming by independent evaluators should be mandatory.</mark>"));
    browse(
        "passages.html", "--screenshot=" + OUT.resolve("passages.png"), "--window-size=1280,1000");
  }
}
