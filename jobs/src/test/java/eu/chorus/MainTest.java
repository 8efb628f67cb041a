package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Exit codes as the README gives them, for the command lines refused before any work starts (so
 * none of these starts Spark): 2 for every usage error, and nothing written.
 */
class MainTest {

  @TempDir Path root;

  private final StringWriter err = new StringWriter();

  private int chorus(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize).map(Path::toString).sorted().toList();
    }
  }

  private Path export() throws IOException {
    Path export = root.resolve("export");
    Files.createDirectories(export.resolve("files/S-1"));
    Files.writeString(export.resolve("files/S-1/letter.txt"), "We support the code.");
    return export;
  }

  @Test
  void aMissingInputExitsWithUsageAndCreatesNothing() throws IOException {
    int exit =
        chorus(
            "run",
            "--input",
            root.resolve("no-such-export").toString(),
            "--out",
            root.resolve("run").toString());
    assertEquals(Main.USAGE, exit);
    assertEquals(
        "chorus: input folder does not exist: " + root.resolve("no-such-export"),
        err.toString().strip());
    assertEquals(List.of(""), listing(), "no run, .partial or .failed folder");
  }

  @Test
  void aMissingInputInNightlyModeCreatesNoRunsRoot() throws IOException {
    assertEquals(
        Main.USAGE,
        chorus(
            "run",
            "--input",
            root.resolve("no-such-export").toString(),
            "--runs",
            root.resolve("runs").toString(),
            "--state",
            root.resolve("state").toString()));
    assertEquals(List.of(""), listing());
  }

  @Test
  void anUnknownOptionExitsWithUsage() {
    assertEquals(Main.USAGE, chorus("run", "--inptu", "x", "--out", "y"));
    assertEquals(Main.USAGE, chorus("--no-such-option"));
  }

  @Test
  void aMissingRequiredOptionOrBadValueExitsWithUsage() {
    assertEquals(Main.USAGE, chorus("report"));
    assertEquals(Main.USAGE, chorus("run", "--input", "x"));
    assertEquals(Main.USAGE, chorus("export", "--run", "x", "--format", "pdf"));
  }

  @Test
  void anOutputFolderThatIsNotARunIsRefusedAndKeepsItsFiles() throws IOException {
    Path export = export();
    Path out = Files.createDirectories(root.resolve("documents"));
    Files.writeString(out.resolve("budget.xlsx"), "numbers");
    List<String> before = listing();
    assertEquals(Main.USAGE, chorus("run", "--input", export.toString(), "--out", out.toString()));
    assertTrue(
        err.toString().startsWith("chorus: refusing to replace " + out.toAbsolutePath()),
        err.toString());
    assertEquals(before, listing());
  }

  @Test
  void theInputAsTheOutputIsRefusedAndKeepsTheExport() throws IOException {
    Path export = export();
    List<String> before = listing();
    assertEquals(
        Main.USAGE, chorus("run", "--input", export.toString(), "--out", export.toString()));
    assertEquals(
        Main.USAGE,
        chorus("run", "--input", export.toString(), "--runs", export.resolve("runs").toString()));
    assertEquals(before, listing());
    assertEquals(2, err.toString().lines().count(), "one line per refusal:\n" + err);
  }

  @Test
  void commandsThatReadARunRefuseAFolderThatIsNotOne() throws IOException {
    Path notARun = Files.createDirectories(root.resolve("photos"));
    Files.writeString(notARun.resolve("cat.jpg"), "meow");
    List<String> before = listing();
    assertEquals(Main.USAGE, chorus("report", "--run", notARun.toString()));
    assertTrue(err.toString().startsWith("chorus: not a chorus run folder"), err.toString());
    assertEquals(Main.USAGE, chorus("export", "--run", notARun.toString()));
    assertEquals(
        Main.USAGE, chorus("evaluate", "--run", notARun.toString(), "--gold", notARun.toString()));
    assertEquals(
        Main.USAGE,
        chorus(
            "diff",
            "--from",
            notARun.toString(),
            "--to",
            notARun.toString(),
            "--out",
            root.resolve("diff.csv").toString()));
    assertEquals(before, listing(), "no report/, exports/, evaluation.json or diff.csv");
    assertFalse(Files.exists(notARun.resolve("report")));
  }

  /** A folder that passes RunFolder.requireRun, with the two tables diff reads. */
  private Path run(String name, String group) throws IOException {
    Path run = Files.createDirectories(root.resolve(name));
    Files.writeString(run.resolve("run.json"), "{\"chorusVersion\": \"test\", \"versions\": {}}");
    Files.writeString(run.resolve("manifest.csv"), "submission_id\r\n");
    Files.writeString(
        run.resolve("submissions.csv"),
        "submission_id,organisation,stakeholder_group\r\nA,," + group + "\r\n");
    Files.writeString(
        run.resolve("stances.csv"), "submission_id,topic,stance,confidence,passage_id\r\n");
    return run;
  }

  @Test
  void diffWritesItsCsvIntoTheLaterRunNotTheWorkingDirectory() throws IOException {
    Path night1 = run("night1", "ACADEMIA");
    Path night2 = run("night2", "INDUSTRY");
    assertEquals(
        Main.OK,
        chorus("diff", "--from", night1.toString(), "--to", night2.toString()),
        err.toString());
    assertTrue(
        Files.readString(night2.resolve("diff.csv"))
            .contains("GROUP_CHANGED,A,,ACADEMIA,INDUSTRY"));
    assertFalse(
        Files.exists(Path.of("diff.csv").toAbsolutePath()), "nothing in the working directory");
  }

  @Test
  void aStateFolderOthersMayReadIsRefusedAndNothingIsWritten() throws IOException {
    Path export = export();
    Path state = Files.createDirectories(root.resolve("state/extract"));
    Files.writeString(state.resolve("batch"), "unredacted text");
    assumeTrue(
        Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class),
        "POSIX permissions");
    Files.setPosixFilePermissions(
        root.resolve("state"), PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> before = listing();
    assertEquals(
        Main.USAGE,
        chorus(
            "run",
            "--input",
            export.toString(),
            "--out",
            root.resolve("run").toString(),
            "--state",
            root.resolve("state").toString()));
    assertTrue(
        err.toString().startsWith("chorus: state folder ")
            && err.toString().contains("chmod -R go="),
        err.toString());
    assertEquals(before, listing(), "no run folder, no lock file");
  }
}
