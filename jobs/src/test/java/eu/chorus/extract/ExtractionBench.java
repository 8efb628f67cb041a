package eu.chorus.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compares in-process extraction with the child-JVM worker on the files of an export, one thread,
 * passes alternating so that machine load hits both alike. Arguments: export folder, how many files
 * (sorted by path), passes per side, OCR on/off.
 */
public final class ExtractionBench {

  private ExtractionBench() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0], "files"))) {
      files = walk.filter(Files::isRegularFile).sorted().limit(Integer.parseInt(args[1])).toList();
    }
    int passes = Integer.parseInt(args[2]);
    ExtractionSettings settings =
        new ExtractionSettings(120, 5_000_000, 500, Boolean.parseBoolean(args[3]), "eng");
    TextExtractor inProcess = new TikaTextExtractor(settings);
    try (ForkedTextExtractor forked = new ForkedTextExtractor(settings)) {
      long start = System.nanoTime();
      forked.extract(files.get(0));
      System.out.printf(
          Locale.ROOT, "worker start + first file: %.1f s%n", (System.nanoTime() - start) / 1e9);
      inProcess.extract(files.get(0));
      for (int pass = 1; pass <= passes; pass++) {
        System.out.printf(
            Locale.ROOT,
            "pass %d: in-process %.1f s, child worker %.1f s (%d files)%n",
            pass,
            time(inProcess, files),
            time(forked, files),
            files.size());
      }
    }
  }

  private static double time(TextExtractor x, List<Path> files) {
    long start = System.nanoTime();
    for (Path f : files) {
      x.extract(f);
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
