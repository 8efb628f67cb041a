package eu.chorus.hostile;

import eu.chorus.extract.ExtractedText;
import eu.chorus.extract.ExtractionSettings;
import eu.chorus.extract.ForkedTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the table of data-samples/hostile/README.md: generates the hostile export (with the big
 * files) into a folder, extracts every file as {@code chorus run} does (child worker, same limits
 * as {@link HostileRunIT}) and prints one Markdown row per file. Arguments: the folder to generate
 * into, then optionally the files (relative to files/) to measure, in which case the big files are
 * not generated.
 */
public final class HostileTable {

  private HostileTable() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<String> files =
        args.length > 1
            ? HostileCorpus.writeSmall(root).stream()
                .filter(List.of(args).subList(1, args.length)::contains)
                .toList()
            : HostileCorpus.writeWithBigFiles(root, 100, 3000);
    System.out.println("| file | bytes | media type | status | reason | chars | OCR | seconds |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    try (ForkedTextExtractor x =
        new ForkedTextExtractor(new ExtractionSettings(90, 200_000, 500, true, "eng"))) {
      for (String f : files) {
        Path p = root.resolve("files").resolve(f);
        long start = System.nanoTime();
        ExtractedText t = x.extract(p);
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            java.util.Locale.ROOT,
            "| `%s` | %,d | %s | %s | %s | %,d | %s | %.1f |%n",
            f.replace("\n", "\\n"),
            Files.size(p),
            t.mediaType(),
            t.status(),
            t.reason().replace("|", "\\|"),
            t.chars(),
            t.ocr() ? "yes" : "",
            s);
      }
    }
  }
}
