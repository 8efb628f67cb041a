package eu.chorus.classify;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.classify.RVFDataset;
import edu.stanford.nlp.ling.RVFDatum;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial logistic-regression model kept as plain text in {@code nlp-models} ({@code
 * label<TAB>feature<TAB>weight}, {@code #} lines describe how it was trained), so that a model
 * change is a readable diff. Trained with CoreNLP's {@link LinearClassifierFactory}.
 */
public final class LinearModel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Always-on feature carrying each label's intercept. */
  public static final String BIAS = "bias";

  private final Map<String, Map<String, Double>> weights;

  private LinearModel(Map<String, Map<String, Double>> weights) {
    this.weights = weights;
  }

  /** Loads a model from the classpath; fails fast when it is missing. */
  public static LinearModel load(String resource) {
    try (InputStream in = LinearModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "model not on the classpath: " + resource + " (train it with 'chorus train')");
      }
      Map<String, Map<String, Double>> weights = new TreeMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        weights.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1], Double.parseDouble(f[2]));
      }
      return new LinearModel(weights);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  /** A model of given weights: label → feature → weight ({@link #BIAS} the intercept). */
  public static LinearModel of(Map<String, Map<String, Double>> weights) {
    Map<String, Map<String, Double>> copy = new TreeMap<>();
    weights.forEach((label, w) -> copy.put(label, new TreeMap<>(w)));
    return new LinearModel(copy);
  }

  /**
   * @param sigma the Gaussian prior's standard deviation: smaller keeps weights small
   */
  public static LinearModel train(
      List<Map<String, Double>> examples, List<String> labels, double sigma) {
    RVFDataset<String, String> data = new RVFDataset<>();
    for (int i = 0; i < examples.size(); i++) {
      data.add(new RVFDatum<>(counter(examples.get(i)), labels.get(i)));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, Map<String, Double>> weights = new TreeMap<>();
    classifier
        .weightsAsMapOfCounters()
        .forEach(
            (label, counter) -> {
              Map<String, Double> w = new TreeMap<>();
              counter
                  .entrySet()
                  .forEach(
                      e -> {
                        if (e.getValue() != 0.0) {
                          w.put(e.getKey(), e.getValue());
                        }
                      });
              weights.put(label, w);
            });
    return new LinearModel(weights);
  }

  /**
   * Moves a binary model's decision point: afterwards {@code label} wins exactly when its old
   * probability was at least {@code threshold}.
   */
  public LinearModel withThreshold(String label, double threshold) {
    return withBiasShifts(Map.of(label, -Math.log(threshold / (1 - threshold))));
  }

  /**
   * The model with each named label's intercept moved by its shift: a label's odds against every
   * other are multiplied by e^shift, whatever the features.
   */
  public LinearModel withBiasShifts(Map<String, Double> shifts) {
    Map<String, Map<String, Double>> shifted = new TreeMap<>();
    weights.forEach((l, w) -> shifted.put(l, new TreeMap<>(w)));
    shifts.forEach(
        (label, delta) -> {
          if (delta != 0.0) {
            shifted.get(label).merge(BIAS, delta, Double::sum);
          }
        });
    return new LinearModel(shifted);
  }

  private static Counter<String> counter(Map<String, Double> features) {
    Counter<String> c = new ClassicCounter<>();
    features.forEach(c::setCount);
    c.setCount(BIAS, 1.0);
    return c;
  }

  public List<String> labels() {
    return new ArrayList<>(weights.keySet());
  }

  /** Probability of each label (softmax of the linear scores). */
  public Map<String, Double> probabilities(Map<String, Double> features) {
    Map<String, Double> scores = new TreeMap<>();
    double max = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Map<String, Double>> label : weights.entrySet()) {
      double s = label.getValue().getOrDefault(BIAS, 0.0);
      for (Map.Entry<String, Double> f : features.entrySet()) {
        s += label.getValue().getOrDefault(f.getKey(), 0.0) * f.getValue();
      }
      scores.put(label.getKey(), s);
      max = Math.max(max, s);
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      double v = Math.exp(e.getValue() - max);
      e.setValue(v);
      sum += v;
    }
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      e.setValue(e.getValue() / sum);
    }
    return scores;
  }

  /** The most probable label and its probability. */
  public Map.Entry<String, Double> best(Map<String, Double> features) {
    return probabilities(features).entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .orElseThrow();
  }

  /** Writes the model as text, {@code header} lines first (as comments). */
  public void write(Path file, List<String> header) throws IOException {
    Files.createDirectories(file.getParent());
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String h : header) {
        w.write("# " + h + "\n");
      }
      for (Map.Entry<String, Map<String, Double>> label : weights.entrySet()) {
        for (Map.Entry<String, Double> f : label.getValue().entrySet()) {
          w.write(
              label.getKey()
                  + "\t"
                  + f.getKey()
                  + "\t"
                  + String.format(Locale.ROOT, "%.6f", f.getValue())
                  + "\n");
        }
      }
    }
  }
}
