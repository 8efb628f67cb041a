package eu.chorus.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextExtractor} that parses each file in a child JVM ({@link ExtractionWorker}) with a
 * bounded heap, so that a file can neither hang nor crash the run: a worker that runs out of
 * memory, dies or overruns the time limit is killed and replaced, and the file is quarantined with
 * the reason. Workers are reused across files (starting a JVM with Tika takes seconds), one per
 * concurrent caller.
 */
public final class ForkedTextExtractor implements TextExtractor, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ForkedTextExtractor.class);

  /** {@code -XX:+ExitOnOutOfMemoryError} ends the JVM with this status. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  /**
   * Beyond the worker's own time limit (which keeps the text read so far): start-up, hashing, OCR
   * clean-up.
   */
  private static final int GRACE_SECONDS = 30;

  private static final int STARTUP_SECONDS = 300;
  private static final ObjectInputFilter ANSWER_TYPES =
      ObjectInputFilter.Config.createFilter("eu.chorus.extract.*;java.lang.*;java.util.*;!*");

  private final ExtractionSettings settings;
  private final Deque<Worker> idle = new ConcurrentLinkedDeque<>();
  private final Set<Worker> all = ConcurrentHashMap.newKeySet();
  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "chorus-extraction-reader");
            t.setDaemon(true);
            return t;
          });

  public ForkedTextExtractor(ExtractionSettings settings) {
    this.settings = settings;
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "chorus-extraction-workers-stop"));
  }

  @Override
  public ExtractedText extract(Path file) {
    for (int attempt = 1; ; attempt++) {
      Worker worker = idle.pollFirst();
      try {
        if (worker == null) {
          worker = start();
        }
        worker.send(file);
      } catch (IOException e) {
        // A worker that died while idle, or could not start: one fresh try.
        if (worker != null) {
          worker.kill();
        }
        if (attempt >= 2) {
          return ExtractedText.quarantined(
              "", "the file reader could not be started: " + e.getMessage());
        }
        continue;
      }
      return await(worker);
    }
  }

  private ExtractedText await(Worker worker) {
    Future<ExtractedText> answer = readers.submit(worker::receive);
    int limit = settings.timeoutSeconds() + GRACE_SECONDS;
    try {
      ExtractedText text = answer.get(limit, TimeUnit.SECONDS);
      idle.addFirst(worker);
      return text;
    } catch (TimeoutException e) {
      worker.kill();
      return ExtractedText.quarantined(
          "", "reading the file did not finish within " + limit + " s: skipped");
    } catch (InterruptedException e) {
      worker.kill();
      Thread.currentThread().interrupt();
      return ExtractedText.quarantined("", "extraction was interrupted");
    } catch (ExecutionException e) {
      int status = worker.killAndStatus();
      if (status == OUT_OF_MEMORY_EXIT) {
        return ExtractedText.quarantined(
            "",
            "reading the file needed more than the "
                + settings.workerHeapMb()
                + " MB of memory allowed: skipped");
      }
      LOG.warn("extraction worker ended with status {}: {}", status, e.getCause().toString());
      return ExtractedText.quarantined(
          "", "the file reader crashed on this file (exit status " + status + "): skipped");
    }
  }

  private Worker start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + settings.workerHeapMb() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    // C1 only: a worker lives for one run and parses a few hundred files, and with C2 on, two
    // workers spent more CPU compiling Tika and PDFBox than reading files (sample export: 24 s of
    // JIT against 14 s of parsing, jobs/bench/RESULTS.md).
    command.add("-XX:TieredStopAtLevel=1");
    // Most files need a few MB: start small, and give memory back after a large file, so that the
    // workers' resident memory follows what they parse rather than the largest file so far.
    command.add("-Xms32m");
    command.add("-XX:MinHeapFreeRatio=10");
    command.add("-XX:MaxHeapFreeRatio=30");
    command.add("-Djava.awt.headless=true");
    command.add(ExtractionWorker.class.getName());
    command.addAll(ExtractionWorker.arguments(settings));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    // Parser warnings can quote file content: they are not kept. The class path goes through the
    // environment, where its length is not a problem.
    builder.environment().put("CLASSPATH", classPath());
    Worker w = new Worker(builder.start());
    all.add(w);
    Future<Integer> ready = readers.submit(w.answers::readInt);
    try {
      if (ready.get(STARTUP_SECONDS, TimeUnit.SECONDS) == ExtractionWorker.READY) {
        return w;
      }
    } catch (ExecutionException | TimeoutException e) {
      // reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    w.kill();
    throw new IOException("the extraction worker did not start within " + STARTUP_SECONDS + " s");
  }

  /** This JVM's class path, led by the jar (or folder) that holds the worker class. */
  private static String classPath() {
    String own = "";
    try {
      own =
          Path.of(
                  ExtractionWorker.class
                      .getProtectionDomain()
                      .getCodeSource()
                      .getLocation()
                      .toURI())
              .toString();
    } catch (Exception e) {
      // not found: java.class.path alone
    }
    String path = System.getProperty("java.class.path", "");
    return own.isEmpty() ? path : own + File.pathSeparator + path;
  }

  @Override
  public void close() {
    for (Worker w : all) {
      w.kill();
    }
  }

  /** One child process and its pipes. */
  private final class Worker {
    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;

    Worker(Process process) {
      this.process = process;
      this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    void send(Path file) throws IOException {
      if (!process.isAlive()) {
        throw new IOException("worker is not running");
      }
      requests.writeUTF(file.toAbsolutePath().toString());
      requests.flush();
    }

    ExtractedText receive() throws IOException, ClassNotFoundException {
      int length = answers.readInt();
      byte[] bytes = answers.readNBytes(length);
      if (bytes.length != length) {
        throw new IOException("worker answer cut short");
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        // The child parsed hostile input: accept nothing but the answer's own types.
        in.setObjectInputFilter(ANSWER_TYPES);
        return (ExtractedText) in.readObject();
      }
    }

    int killAndStatus() {
      try {
        if (process.waitFor(5, TimeUnit.SECONDS)) {
          all.remove(this);
          return process.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kill();
      return -1;
    }

    void kill() {
      all.remove(this);
      process.destroyForcibly();
    }
  }
}
