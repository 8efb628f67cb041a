package eu.chorus.samples;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of one generation run.
 *
 * @param output the export folder: {@code submissions.csv}, {@code files/}, {@code gold/} and
 *     {@code CORPUS.md} are replaced there; nothing else in it is touched
 * @param submissions number of submissions (the real consultation had about 430)
 * @param seed seed of every random choice; the same seed and bank give byte-identical files
 * @param bank bank directory to read; empty means the bank packaged on the class path
 */
public record GeneratorOptions(Path output, int submissions, long seed, Optional<Path> bank) {

  public static final int DEFAULT_SUBMISSIONS = 430;
  public static final long DEFAULT_SEED = 20240918L;

  public GeneratorOptions {
    if (submissions < 1) {
      throw new IllegalArgumentException("submissions must be at least 1, got " + submissions);
    }
  }

  /** Parses {@code <output> [--submissions N] [--seed S] [--bank DIR]}. */
  public static GeneratorOptions parse(String... args) {
    Path output = null;
    int submissions = DEFAULT_SUBMISSIONS;
    long seed = DEFAULT_SEED;
    Optional<Path> bank = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--submissions" -> submissions = Integer.parseInt(value(args, ++i));
        case "--seed" -> seed = Long.parseLong(value(args, ++i));
        case "--bank" -> bank = Optional.of(Path.of(value(args, ++i)));
        default -> {
          if (args[i].startsWith("--") || output != null) {
            throw new IllegalArgumentException("unexpected argument: " + args[i] + "\n" + usage());
          }
          output = Path.of(args[i]);
        }
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("missing output folder\n" + usage());
    }
    return new GeneratorOptions(output, submissions, seed, bank);
  }

  static String usage() {
    return "usage: GenerateSampleExport <output-folder> [--submissions N] [--seed S] [--bank DIR]";
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("missing value after " + args[i - 1] + "\n" + usage());
    }
    return args[i];
  }
}
