package eu.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.ops.ExecutorResource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code chorus run} on a real Spark standalone cluster on loopback: a Master and a Worker, each
 * its own JVM started from the build's jars, the driver in a third JVM through {@code SparkSubmit}
 * (client mode), and the executor in a fourth, launched by the Worker. Input and output are given
 * as {@code file:} URIs, so that they go through Hadoop's file system. Its outputs must equal those
 * of the local run ({@link SampleRun}), and each heavy resource must be built once per executor.
 *
 * <p>The executors' classpath is what a Spark installation plus the application's dependencies
 * provide ({@code chorus.sparkJars}, default {@code target/lib}) and the application jar is shipped
 * by spark-submit ({@code chorus.appJar}, default {@code target/chorus-jobs.jar}); the {@code
 * cluster} Maven profile points them at a Spark-only folder and the shaded jar.
 */
class ClusterRunIT {

  private static final Duration REGISTRATION = Duration.ofMinutes(2);
  private static final long RUN_MINUTES = 40;
  // One small worker: 2 cores, one executor; CI has 2 cores and 24 GiB.
  private static final String WORKER_CORES = "2";
  private static final String WORKER_MEMORY = "6g";
  private static final String EXECUTOR_MEMORY = "5g";

  private static Path localOut;
  private static Path clusterOut;
  private static Path work;
  private static String master;
  private static double clusterSeconds;
  private static final List<Process> PROCESSES = new ArrayList<>();

  @BeforeAll
  static void runOnAStandaloneCluster() throws Exception {
    localOut = SampleRun.local();
    Path target = Path.of(System.getProperty("chorus.target", "target")).toAbsolutePath();
    Path sparkJars =
        Path.of(System.getProperty("chorus.sparkJars", target.resolve("lib").toString()));
    Path appJar =
        Path.of(System.getProperty("chorus.appJar", target.resolve("chorus-jobs.jar").toString()));
    assertTrue(Files.isDirectory(sparkJars), "no jars at " + sparkJars + ": run mvn package first");
    assertTrue(Files.isRegularFile(appJar), "no application jar at " + appJar);
    List<String> opens =
        Arrays.asList(
            Files.readString(target.resolve("classes/chorus-jvm.options"), StandardCharsets.UTF_8)
                .trim()
                .split("\\s+"));

    work = target.resolve("cluster-it");
    deleteRecursively(work);
    // The Worker launches executors from $SPARK_HOME/jars.
    Path sparkHome = Files.createDirectories(work.resolve("spark-home"));
    Files.createSymbolicLink(sparkHome.resolve("jars"), sparkJars);
    clusterOut = work.resolve("out");

    int masterPort = freePort();
    int masterUi = freePort();
    master = "spark://127.0.0.1:" + masterPort;
    try {
      start(
          "master",
          sparkHome,
          opens,
          "512m",
          "org.apache.spark.deploy.master.Master",
          "--host",
          "127.0.0.1",
          "--port",
          String.valueOf(masterPort),
          "--webui-port",
          String.valueOf(masterUi));
      start(
          "worker",
          sparkHome,
          opens,
          "512m",
          "org.apache.spark.deploy.worker.Worker",
          "--host",
          "127.0.0.1",
          "--cores",
          WORKER_CORES,
          "--memory",
          WORKER_MEMORY,
          "--webui-port",
          String.valueOf(freePort()),
          "--work-dir",
          work.resolve("work").toString(),
          master);
      awaitWorker(masterUi);

      long started = System.nanoTime();
      Process driver =
          start(
              "driver",
              sparkHome,
              opens,
              "2g",
              "org.apache.spark.deploy.SparkSubmit",
              "--master",
              master,
              "--deploy-mode",
              "client",
              "--class",
              Main.class.getName(),
              "--executor-memory",
              EXECUTOR_MEMORY,
              "--executor-cores",
              WORKER_CORES,
              "--total-executor-cores",
              WORKER_CORES,
              "--conf",
              "spark.driver.host=127.0.0.1",
              "--conf",
              "spark.executor.extraJavaOptions=" + String.join(" ", opens),
              appJar.toString(),
              "run",
              "--input",
              SampleRun.samples().toUri().toString(),
              "--out",
              clusterOut.toUri().toString());
      if (!driver.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
        fail(
            "the cluster run did not finish within " + RUN_MINUTES + " minutes\n" + tail("driver"));
      }
      clusterSeconds = (System.nanoTime() - started) / 1e9;
      assertEquals(Main.OK, driver.exitValue(), "driver failed\n" + tail("driver"));
    } finally {
      stopAll();
    }
    System.out.printf(
        Locale.ROOT,
        "ClusterRunIT: local run %.0f s (%s), cluster run (submit to exit) %.0f s (%s)%n",
        SampleRun.localSeconds(),
        localOut,
        clusterSeconds,
        clusterOut);
  }

  @AfterAll
  static void stopSpark() {
    stopAll();
    if (SparkSession.getActiveSession().isDefined()) {
      SparkSession.getActiveSession().get().stop();
    }
  }

  @Test
  void theRunWentThroughTheStandaloneMaster() throws IOException {
    JsonNode run = new ObjectMapper().readTree(clusterOut.resolve("run.json").toFile());
    assertEquals(master, run.path("sparkMaster").asText());
  }

  @Test
  void everyCsvTableEqualsTheLocalRunsByteForByte() throws IOException {
    List<String> local = csvFiles(localOut);
    assertTrue(
        local.contains("manifest.csv")
            && local.contains("submissions.csv")
            && local.contains("stances.csv"),
        "local run tables: " + local);
    assertEquals(local, csvFiles(clusterOut));
    for (String table : local) {
      assertEquals(
          -1,
          Files.mismatch(localOut.resolve(table), clusterOut.resolve(table)),
          table + " differs between the local and the cluster run");
    }
  }

  @Test
  void passagesHoldTheSameRowsAsTheLocalRun() {
    SparkSession spark =
        SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false").getOrCreate();
    List<Row> local =
        spark
            .read()
            .parquet(localOut.resolve("passages").toString())
            .orderBy("passage_id")
            .collectAsList();
    List<Row> cluster =
        spark
            .read()
            .parquet(clusterOut.resolve("passages").toString())
            .orderBy("passage_id")
            .collectAsList();
    assertFalse(local.isEmpty());
    assertEquals(local.size(), cluster.size(), "passage count");
    for (int i = 0; i < local.size(); i++) {
      assertEquals(local.get(i), cluster.get(i), "passage row " + i);
    }
  }

  @Test
  void heavyResourcesAreBuiltOncePerExecutor() throws IOException {
    Map<String, Map<String, Integer>> loadsByExecutor = loadsByExecutor();
    System.out.println("ClusterRunIT: resources built, per executor: " + loadsByExecutor);
    assertFalse(loadsByExecutor.isEmpty(), "no executor logs under " + work.resolve("work"));
    for (Map.Entry<String, Map<String, Integer>> e : loadsByExecutor.entrySet()) {
      Map<String, Integer> loads = e.getValue();
      assertTrue(
          loads.keySet().stream().anyMatch(k -> k.startsWith("forked-tika:")),
          e.getKey() + " built no Tika: " + loads);
      assertTrue(
          loads.containsKey("corenlp:chorus/corenlp-en.properties"),
          e.getKey() + " built no CoreNLP: " + loads);
      loads.forEach(
          (key, count) ->
              assertEquals(1, count, e.getKey() + " built " + key + " " + count + " times"));
    }
  }

  /** Per executor (its log folder), how many times each resource was built, from its stderr. */
  private static Map<String, Map<String, Integer>> loadsByExecutor() throws IOException {
    Map<String, Map<String, Integer>> result = new TreeMap<>();
    List<Path> logs;
    try (Stream<Path> walk = Files.walk(work.resolve("work"))) {
      logs = walk.filter(p -> p.getFileName().toString().equals("stderr")).sorted().toList();
    }
    for (Path log : logs) {
      Map<String, Integer> loads = new TreeMap<>();
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        int at = line.indexOf(ExecutorResource.LOADED);
        if (at >= 0) {
          String rest = line.substring(at + ExecutorResource.LOADED.length()).trim();
          loads.merge(rest.substring(0, rest.lastIndexOf(" in ")), 1, Integer::sum);
        }
      }
      result.put(work.resolve("work").relativize(log.getParent()).toString(), loads);
    }
    return result;
  }

  private static List<String> csvFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".csv"))
          .map(p -> root.relativize(p).toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Process start(
      String name,
      Path sparkHome,
      List<String> opens,
      String heap,
      String mainClass,
      String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(opens);
    command.add("-cp");
    command.add(sparkHome.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // Executors inherit the Worker's environment: one Tesseract thread per OCR call, as bin/chorus.
    env.put("OMP_THREAD_LIMIT", "1");
    env.remove("SPARK_CONF_DIR");
    Process p = builder.start();
    PROCESSES.add(p);
    return p;
  }

  /** Polls the Master's JSON page until the Worker has registered. */
  private static void awaitWorker(int masterUi) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build();
    long deadline = System.nanoTime() + REGISTRATION.toNanos();
    while (System.nanoTime() < deadline) {
      for (Process p : PROCESSES) {
        if (!p.isAlive()) {
          fail("a cluster process exited early\n" + tail("master") + "\n" + tail("worker"));
        }
      }
      try {
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        if (new ObjectMapper().readTree(body).path("aliveworkers").asInt() >= 1) {
          return;
        }
      } catch (ConnectException e) {
        // The Master's UI is not up yet.
      }
      Thread.sleep(500);
    }
    fail(
        "no worker registered within "
            + REGISTRATION
            + "\n"
            + tail("master")
            + "\n"
            + tail("worker"));
  }

  /** Executors first (children of the Worker and driver), then the JVMs we started. */
  private static void stopAll() {
    for (Process p : PROCESSES) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroy();
    }
    for (Process p : PROCESSES) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
    PROCESSES.clear();
  }

  private static String tail(String name) {
    try {
      List<String> lines = Files.readAllLines(work.resolve(name + ".log"), StandardCharsets.UTF_8);
      return name
          + ".log:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return name + ".log unreadable: " + e.getMessage();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
