package eu.chorus.samples;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.compose.ComposedSubmission;
import eu.chorus.samples.compose.FileSpec;
import eu.chorus.samples.compose.SubmissionComposer;
import eu.chorus.samples.export.CorpusReport;
import eu.chorus.samples.export.ExportWriter;
import eu.chorus.samples.export.GeneratedSubmission;
import eu.chorus.samples.plan.CorpusPlanner;
import eu.chorus.samples.plan.SubmissionPlan;
import eu.chorus.samples.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Generates a sample consultation export: plan the corpus, check the bank covers it, compose and
 * render every submission, then write the metadata, the gold labels and {@code CORPUS.md}.
 *
 * <p>Submissions are composed and rendered in parallel; each has its own seeded random stream, so
 * the result does not depend on scheduling.
 */
public final class SampleExportGenerator {

  /** No single file may exceed this (the export is committed to git). */
  static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  static final String FILES = "files";

  private SampleExportGenerator() {}

  public static List<GeneratedSubmission> generate(Bank bank, GeneratorOptions options)
      throws IOException {
    List<SubmissionPlan> plans = CorpusPlanner.plan(bank, options.submissions(), options.seed());
    BankCheck.requireComplete(bank, plans);
    Path root = Files.createDirectories(options.output());
    clean(root);
    Path files = Files.createDirectories(root.resolve(FILES));
    SubmissionComposer composer = new SubmissionComposer(bank);
    Renderer renderer = new Renderer();
    List<GeneratedSubmission> generated = writeAll(plans, files, composer, renderer);
    ExportWriter.write(root, generated, options.seed());
    CorpusReport.write(root, generated, options.seed());
    return generated;
  }

  /**
   * Composes and writes every plan on a pool of worker threads, returning results in plan order.
   * The workers inherit the caller's context class loader: under {@code mvn exec:java} the
   * project's classes are only visible through it, and PDFBox and POI resolve their logging and
   * resources that way (the common fork-join pool would use the system class loader).
   */
  private static List<GeneratedSubmission> writeAll(
      List<SubmissionPlan> plans, Path files, SubmissionComposer composer, Renderer renderer)
      throws IOException {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ThreadFactory factory =
        task -> {
          Thread t = new Thread(task, "generator");
          t.setContextClassLoader(loader);
          t.setDaemon(true);
          return t;
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), factory);
    try {
      List<Future<GeneratedSubmission>> futures = new ArrayList<>();
      for (SubmissionPlan p : plans) {
        futures.add(pool.submit(() -> write(files, composer.compose(p), renderer)));
      }
      List<GeneratedSubmission> out = new ArrayList<>();
      for (Future<GeneratedSubmission> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException("generation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static GeneratedSubmission write(Path files, ComposedSubmission c, Renderer renderer) {
    try {
      List<String> listed = new ArrayList<>();
      long bytes = 0;
      for (FileSpec spec : c.files()) {
        byte[] data = renderer.render(spec);
        String relative = c.plan().id() + "/" + spec.path();
        if (data.length > MAX_FILE_BYTES) {
          throw new IllegalStateException(
              relative + " is " + data.length + " bytes, over the 8 MB cap");
        }
        Path target = files.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, data);
        listed.add(relative);
        bytes += data.length;
      }
      return new GeneratedSubmission(c, listed, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + c.plan().id(), e);
    }
  }

  /** Removes only what a previous run wrote; the folder may hold other things (the generator). */
  private static void clean(Path root) throws IOException {
    Path files = root.resolve(FILES);
    if (Files.isDirectory(files)) {
      try (Stream<Path> walk = Files.walk(files)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Path gold = root.resolve(ExportWriter.GOLD);
    for (String name : List.of("stakeholders.csv", "stances.csv", "campaigns.csv", "split.csv")) {
      Files.deleteIfExists(gold.resolve(name));
    }
    Files.deleteIfExists(root.resolve(ExportWriter.SUBMISSIONS_CSV));
    Files.deleteIfExists(root.resolve(CorpusReport.FILE));
  }
}
