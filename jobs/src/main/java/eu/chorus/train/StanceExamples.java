package eu.chorus.train;

import eu.chorus.classify.Features;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stance examples of one consultation written for another fit to learn from: each line a pair
 * (respondent/topic), its label and its stance features (numbers only, no text), tab-separated, so
 * that the shared stance model can learn from real respondents' ticked answers ({@code chorus
 * train-profile --stance-examples}, then {@code chorus train --real-stance-examples}).
 *
 * <p>The features that name one consultation's measures ({@code topic=…}) are left out where the
 * examples are read: another consultation's measures are not the model's.
 */
public final class StanceExamples {

  private StanceExamples() {}

  public static void write(Path file, List<LogisticRegressionFit.Example> examples)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# pair\tlabel\tfeature=value ...");
    for (LogisticRegressionFit.Example e : examples) {
      StringBuilder line = new StringBuilder(e.id()).append('\t').append(e.label());
      e.features()
          .forEach(
              (name, value) ->
                  line.append('\t')
                      .append(name)
                      .append('=')
                      .append(String.format(Locale.ROOT, "%.6g", value)));
      lines.add(line.toString());
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The examples of a file {@link #write} wrote, without their measures' own features. */
  public static List<LogisticRegressionFit.Example> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "no stance examples file at "
              + file
              + " (chorus train-profile --stance-examples writes one)");
    }
    List<LogisticRegressionFit.Example> examples = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 2) {
        throw new IOException(file + ": not a stance example line: " + line);
      }
      Map<String, Double> features = new TreeMap<>();
      for (int i = 2; i < cells.length; i++) {
        int eq = cells[i].lastIndexOf('=');
        if (eq <= 0) {
          throw new IOException(file + ": not a feature=value cell: " + cells[i]);
        }
        features.put(cells[i].substring(0, eq), Double.parseDouble(cells[i].substring(eq + 1)));
      }
      examples.add(
          new LogisticRegressionFit.Example(cells[0], withoutMeasures(features), cells[1]));
    }
    return examples;
  }

  /** The features without those naming a measure ({@link Features#namesMeasure}). */
  static Map<String, Double> withoutMeasures(Map<String, Double> features) {
    Map<String, Double> f = new TreeMap<>(features);
    f.keySet().removeIf(Features::namesMeasure);
    return f;
  }
}
