package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.output.RunTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly batch as cron runs it, in child JVMs ({@code chorus run --state --runs}) on a dozen
 * submissions of the sample export: a rerun over a warm state redoes nothing and writes the same
 * bytes; a run killed with SIGKILL part-way through annotation is completed by the next run, which
 * redoes only the unfinished batches and writes exactly what a clean run writes.
 */
class NightlyRunIT {

  private static final int SUBMISSIONS = 8;

  @TempDir static Path work;
  private static Path export;

  @BeforeAll
  static void copyPartOfTheSampleExport() throws IOException {
    Path samples =
        Path.of(System.getProperty("chorus.samples", "../data-samples"))
            .toAbsolutePath()
            .normalize();
    export = work.resolve("export");
    List<Path> folders;
    try (Stream<Path> list = Files.list(samples.resolve("files"))) {
      folders = list.sorted().limit(SUBMISSIONS).toList();
    }
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.toList()) {
          Path target =
              export.resolve("files").resolve(samples.resolve("files").relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    }
  }

  private static Process start(Path state, Path runs, Path log, String... extra)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx3g");
    command.addAll(
        List.of(
            Files.readString(Path.of("target/classes/chorus-jvm.options")).trim().split("\\s+")));
    command.addAll(
        List.of(
            "-cp",
            "target/chorus-jobs.jar" + java.io.File.pathSeparator + "target/lib/*",
            "eu.chorus.Main",
            "run",
            "--input",
            export.toString(),
            "--state",
            state.toString(),
            "--runs",
            runs.toString(),
            "--master",
            "local[2]",
            "--set",
            "extract.ocr=false",
            "--set",
            "state.batchFiles=2"));
    command.addAll(List.of(extra));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  private static void runToTheEnd(Path state, Path runs, String name, String... extra)
      throws Exception {
    Path log = work.resolve(name + ".log");
    Process p = start(state, runs, log, extra);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), name + " did not finish");
    assertTrue(
        p.exitValue() == 0 || p.exitValue() == 3,
        name
            + " exited with "
            + p.exitValue()
            + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static JsonNode state(Path run) throws IOException {
    return new ObjectMapper().readTree(run.resolve("run.json").toFile()).get("state");
  }

  private static void assertSameCsv(Path expected, Path actual) throws IOException {
    List<Path> tables;
    try (Stream<Path> list = Files.list(expected)) {
      tables = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertTrue(tables.size() >= 3, "manifest, submissions and stances at least");
    for (Path table : tables) {
      assertArrayEquals(
          Files.readAllBytes(table),
          Files.readAllBytes(actual.resolve(table.getFileName())),
          table.getFileName() + " differs between " + expected + " and " + actual);
    }
  }

  @Test
  void aWarmRerunRedoesNothingAndAKilledRunIsCompletedWithoutRedoingFinishedWork()
      throws Exception {
    Path cleanState = work.resolve("state-clean");
    Path cleanRuns = work.resolve("runs-clean");
    runToTheEnd(cleanState, cleanRuns, "clean");
    Path clean = cleanRuns.resolve("latest").toRealPath();
    JsonNode cold = state(clean);
    long contents = cold.get("annotate.misses").asLong();
    assertTrue(contents >= SUBMISSIONS, "every file content is annotated on a cold run: " + cold);
    assertEquals(0, cold.get("annotate.hits").asLong());

    runToTheEnd(cleanState, cleanRuns, "warm");
    Path warm = cleanRuns.resolve("latest").toRealPath();
    assertFalse(warm.equals(clean), "each night has its own folder");
    assertEquals(0, state(warm).get("extract.misses").asLong(), state(warm).toString());
    assertEquals(0, state(warm).get("annotate.misses").asLong(), state(warm).toString());
    assertEquals(
        clean.toString(),
        new ObjectMapper().readTree(warm.resolve("run.json").toFile()).get("reusedFrom").asText(),
        "nothing changed: the night copies the last run's outputs");
    assertSameCsv(clean, warm);
    assertTrue(
        Files.isRegularFile(warm.resolve("report/index.html")),
        "the copied night has its own report");

    Path state = work.resolve("state-killed");
    Path runs = work.resolve("runs-killed");
    Process killed = start(state, runs, work.resolve("killed.log"));
    Path annotations = null;
    while (killed.isAlive() && (annotations == null || batches(annotations) == 0)) {
      Thread.sleep(100);
      annotations =
          Files.isDirectory(state.resolve("annotate"))
              ? onlyFolder(state.resolve("annotate"))
              : null;
    }
    assertTrue(
        killed.isAlive(),
        "the run finished before it could be killed; see " + work.resolve("killed.log"));
    killed.destroyForcibly().waitFor();
    assertFalse(Files.exists(runs.resolve("latest")), "a killed run publishes nothing");
    long committed = batches(annotations);

    runToTheEnd(state, runs, "resumed");
    Path resumed = runs.resolve("latest").toRealPath();
    JsonNode after = state(resumed);
    assertEquals(
        0,
        after.get("extract.misses").asLong(),
        "extraction finished before annotation began: " + after);
    assertTrue(
        after.get("annotate.hits").asLong() >= committed, "committed batches are reused: " + after);
    assertEquals(
        contents, after.get("annotate.hits").asLong() + after.get("annotate.misses").asLong());
    assertTrue(
        after.get("annotate.misses").asLong() < contents, "finished work is not redone: " + after);
    assertSameCsv(clean, resumed);

    correctionsAreAppliedTheNextNightWithTheirSource(cleanState, cleanRuns, clean);
  }

  /** An analyst corrects a stance and a group; the next (warm) night applies both and says so. */
  private static void correctionsAreAppliedTheNextNightWithTheirSource(
      Path state, Path runs, Path before) throws Exception {
    RunTable submissions = RunTable.read(before.resolve("submissions.csv"));
    RunTable stances = RunTable.read(before.resolve("stances.csv"));
    Map<String, String> groupOf = new HashMap<>();
    Set<String> inCampaign = new HashSet<>();
    submissions
        .rows()
        .forEach(
            r -> {
              groupOf.put(
                  submissions.get(r, "submission_id"), submissions.get(r, "stakeholder_group"));
              if (!submissions.get(r, "campaign_id").isEmpty()) {
                inCampaign.add(submissions.get(r, "submission_id"));
              }
            });
    List<String> finding =
        stances.rows().stream()
            .filter(r -> !inCampaign.contains(stances.get(r, "submission_id")))
            .findFirst()
            .orElseThrow();
    String id = stances.get(finding, "submission_id");
    String topic = stances.get(finding, "topic");
    String was = stances.get(finding, "stance");
    String now = was.equals("OPPOSE") ? "SUPPORT" : "OPPOSE";
    // a submission without a stance on the topic, so that only the stance correction moves its cell
    Set<String> onTopic = new HashSet<>();
    stances.rows().stream()
        .filter(r -> stances.get(r, "topic").equals(topic))
        .forEach(r -> onTopic.add(stances.get(r, "submission_id")));
    String other =
        groupOf.keySet().stream()
            .filter(s -> !onTopic.contains(s))
            .sorted()
            .findFirst()
            .orElseThrow();
    String newGroup = groupOf.get(other).equals("ACADEMIA") ? "CIVIL_SOCIETY" : "ACADEMIA";
    Path overrides = work.resolve("overrides.csv");
    Files.writeString(
        overrides,
        String.join(
                "\n",
                "submission_id,field,value,analyst,reason,date",
                id + ",stance:" + topic + "," + now + ",A. Analyst,read the annex,2026-12-01",
                other + ",stakeholder_group," + newGroup + ",A. Analyst,statutes,2026-12-01",
                "CP-9999,stakeholder_group,ACADEMIA,A. Analyst,typo,2026-12-01")
            + "\n",
        StandardCharsets.UTF_8);

    runToTheEnd(state, runs, "corrected", "--overrides", overrides.toString());
    Path after = runs.resolve("latest").toRealPath();
    assertEquals(
        "",
        new ObjectMapper().readTree(after.resolve("run.json").toFile()).get("reusedFrom").asText(),
        "new overrides: the night is computed, not copied");
    RunTable corrected = RunTable.read(after.resolve("stances.csv"));
    List<String> row =
        corrected.rows().stream()
            .filter(
                r ->
                    corrected.get(r, "submission_id").equals(id)
                        && corrected.get(r, "topic").equals(topic))
            .findFirst()
            .orElseThrow();
    assertEquals(now, corrected.get(row, "stance"));
    assertEquals("OVERRIDE", corrected.get(row, "source"));
    RunTable regrouped = RunTable.read(after.resolve("submissions.csv"));
    List<String> person =
        regrouped.rows().stream()
            .filter(r -> regrouped.get(r, "submission_id").equals(other))
            .findFirst()
            .orElseThrow();
    assertEquals(newGroup, regrouped.get(person, "stakeholder_group"));
    assertEquals("OVERRIDE", regrouped.get(person, "group_source"));

    // the matrix moved: one submission of this group went from one column to the other
    String group = groupOf.get(id);
    assertEquals(
        cell(before, topic, group, now) + 1,
        cell(after, topic, group, now),
        "synthesis " + topic + " × " + group);
    assertEquals(
        cell(before, topic, group, was) - 1,
        cell(after, topic, group, was),
        "synthesis " + topic + " × " + group);

    assertEquals(2, RunTable.read(after.resolve("overrides_applied.csv")).rows().size());
    RunTable rejected = RunTable.read(after.resolve("overrides_rejected.csv"));
    assertEquals(1, rejected.rows().size());
    assertTrue(rejected.get(rejected.rows().get(0), "problem").contains("no submission 'CP-9999'"));
  }

  /** A count of {@code synthesis.csv} (0 when the run has no such cell). */
  private static long cell(Path run, String topic, String group, String stance) throws IOException {
    RunTable synthesis = RunTable.read(run.resolve("synthesis.csv"));
    return synthesis.rows().stream()
        .filter(
            r ->
                synthesis.get(r, "topic").equals(topic)
                    && synthesis.get(r, "stakeholder_group").equals(group))
        .mapToLong(r -> Long.parseLong(synthesis.get(r, stance.toLowerCase(java.util.Locale.ROOT))))
        .sum();
  }

  private static Path onlyFolder(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).findFirst().orElse(null);
    }
  }

  private static long batches(Path fingerprintFolder) throws IOException {
    if (fingerprintFolder == null) {
      return 0;
    }
    try (Stream<Path> list = Files.list(fingerprintFolder)) {
      return list.filter(p -> p.getFileName().toString().startsWith("batch-")).count();
    }
  }
}
