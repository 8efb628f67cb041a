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
    List<GeneratedSubmission> generated =
        plans.parallelStream().map(p -> write(files, composer.compose(p), renderer)).toList();
    ExportWriter.write(root, generated, options.seed());
    CorpusReport.write(root, generated, options.seed());
    return generated;
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
