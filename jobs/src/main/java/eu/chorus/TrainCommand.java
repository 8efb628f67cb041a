package eu.chorus;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.classify.Codebook;
import eu.chorus.classify.Features;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.SummariseSubmission;
import eu.chorus.classify.TagTopics;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.StakeholderGroup;
import eu.chorus.classify.StanceFinding;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Report;
import eu.chorus.classify.LinearModel;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.TopicEvidence;
import eu.chorus.config.ChorusConfig;
import eu.chorus.evaluate.Labels;
import eu.chorus.ingest.Submission;
import eu.chorus.ops.SparkSessions;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.storage.Location;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus train}: the recipe of the three models in {@code nlp-models}. Analyses an export
 * with the same stages as {@code run}, then fits the topic, stance and group models on the
 * submissions of the {@code train} split only, and writes them as text.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Re-train the topic, stance and group models on the train split of a labelled export.")
final class TrainCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

  @Option(names = "--input", required = true, paramLabel = "<export-folder>", description = "A labelled export.")
  Path input;

  @Option(names = "--gold", required = true, paramLabel = "<gold-folder>", description = "Its gold labels and split.csv.")
  Path gold;

  @Option(names = "--models", paramLabel = "<folder>", defaultValue = "nlp-models/src/main/resources/chorus/models",
      description = "Where to write topic.tsv, stance.tsv, group.tsv (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--sigma", defaultValue = "1.0", description = "Gaussian prior of the logistic regressions (default: ${DEFAULT-VALUE}).")
  double sigma;

  @Option(names = "--stance-sigma", defaultValue = "3.0",
      description = "Gaussian prior of the stance model, fitted on sentence-count features (default: ${DEFAULT-VALUE}).")
  double stanceSigma;

  @Option(names = "--evidence-cache", paramLabel = "<file>",
      description = "Keep the analysed evidence in this file and reuse it on the next call (for trying settings).")
  Path cache;

  @Option(names = "--stance-errors", paramLabel = "<file>",
      description = "Write the train-split pairs the fitted stance model gets wrong, with their evidence and passage, to this file.")
  Path stanceErrors;

  @Override
  public Integer call() throws Exception {
    Labels goldLabels = Labels.readGold(gold);
    Map<String, String> split = Labels.readSplit(gold);
    if (split.isEmpty()) {
      throw new IllegalArgumentException("no split.csv in " + gold + ": training needs a train split");
    }
    TrainingInput a = cache != null && Files.isRegularFile(cache) ? TrainingInput.read(cache) : analyse();
    if (cache != null) {
      a.write(cache);
    }
    Map<String, SubmissionEvidence> evidence = a.evidence(profile.codebook());
    List<Map<String, Double>> topicX = new ArrayList<>();
    List<String> topicY = new ArrayList<>();
    List<Map<String, Double>> stanceX = new ArrayList<>();
    List<String> stanceY = new ArrayList<>();
    List<TopicEvidence> stancePairs = new ArrayList<>();
    List<String> stanceIds = new ArrayList<>();
    List<Map<String, Double>> groupX = new ArrayList<>();
    List<String> groupY = new ArrayList<>();
    List<Optional<StakeholderGroup>> groupDeclared = new ArrayList<>();
    int trained = 0;
    for (Submission s : a.submissions()) {
      if (!"train".equals(split.get(s.id())) || !goldLabels.groups().containsKey(s.id())) {
        continue;
      }
      trained++;
      SubmissionEvidence e = evidence.getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      groupX.add(Features.group(e, groupCues.organisationName(s.organisation())));
      groupY.add(goldLabels.groups().get(s.id()));
      groupDeclared.add(profile.declaredGroup(s.declaredType()));
      Map<String, String> goldStances = goldLabels.stances().getOrDefault(s.id(), Map.of());
      for (TopicEvidence t : e.topics()) {
        String stance = goldStances.get(t.topic());
        topicX.add(Features.topic(t, e));
        topicY.add(stance == null ? SubmissionClassifier.MENTION : SubmissionClassifier.ADDRESSED);
        if (stance != null) {
          stanceX.add(Features.stance(t));
          stanceY.add(stance);
          stancePairs.add(t);
          stanceIds.add(s.id());
        }
      }
    }
    String recipe = String.format(Locale.ROOT,
        "chorus train --input %s --gold %s --sigma %s --stance-sigma %s; %d train-split submissions; %s",
        input, gold, sigma, stanceSigma, trained, LocalDate.now(ZoneOffset.UTC));
    LinearModel topic = calibrated(LinearModel.train(topicX, topicY, sigma), topicX, topicY);
    LinearModel stance = LinearModel.train(stanceX, stanceY, stanceSigma);
    LinearModel group = LinearModel.train(groupX, groupY, sigma);
    write("topic", topic, recipe, topicX, topicY);
    write("stance", stance, recipe, stanceX, stanceY);
    write("group", group, recipe, groupX, groupY);

    // A first look at the held-out split with the new models, declared types ignored and then used
    // as a run uses them; the figures of record come from chorus evaluate on a run.
    double overrideAbove = ChorusConfig.build(Location.of(input), Location.of("unused"), null, Map.of()).overrideDeclaredAbove();
    crossValidateOverride(groupX, groupY, groupDeclared, overrideAbove);
    crossValidateStance(stanceX, stanceY);
    if (stanceErrors != null) {
      writeStanceErrors(a, stance, stanceIds, stancePairs, stanceY);
    }
    SubmissionClassifier declaredUsed =
        new SubmissionClassifier(profile, topic, stance, group, groupCues, false, overrideAbove);
    preview(a.submissions(), evidence, split, "train", goldLabels, declaredUsed, "train (declared types used; fitted on it)");
    preview(a.submissions(), evidence, split, "test", goldLabels,
        new SubmissionClassifier(profile, topic, stance, group, groupCues, true, 1.0), "test (declared types ignored)");
    preview(a.submissions(), evidence, split, "test", goldLabels, declaredUsed, "test (declared types used)");
    return Main.OK;
  }

  private final GroupCues groupCues = GroupCues.load();
  /** The consultation the sample export and its gold labels are of: its groups are the model's classes. */
  private final ConsultationProfile profile = ConsultationProfile.load(ConsultationProfile.defaultId());

  /**
   * How often the declared-type policy gets the train split right for a range of
   * {@code classify.overrideDeclaredAbove}, each group predicted by a model fitted on the other
   * folds: the threshold is chosen from this, never from the test split.
   */
  private void crossValidateOverride(List<Map<String, Double>> x, List<String> y, List<Optional<StakeholderGroup>> declared,
      double overrideAbove) {
    List<Map.Entry<String, Double>> predicted = crossValidated(x, y, sigma);
    StringBuilder line = new StringBuilder("group, train split, 5-fold: model alone ");
    long alone = 0;
    for (int i = 0; i < x.size(); i++) {
      alone += predicted.get(i).getKey().equals(y.get(i)) ? 1 : 0;
    }
    line.append(String.format(Locale.ROOT, "%.3f; with declared types, a named group overridden above", (double) alone / x.size()));
    double[] bars = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1.01};
    for (double t : bars) {
      line.append(String.format(Locale.ROOT, " %.2f: %.3f", t,
          policyAccuracy(declared, predicted, y, t, SubmissionClassifier.OVERRIDE_OTHER_ABOVE)));
    }
    line.append("; a declared OTHER overridden above");
    for (double t : bars) {
      line.append(String.format(Locale.ROOT, " %.2f: %.3f", t, policyAccuracy(declared, predicted, y, overrideAbove, t)));
    }
    System.out.println(line);
  }

  /** For reading errors: each wrongly predicted train pair, its evidence and its stance passage. */
  private void writeStanceErrors(TrainingInput a, LinearModel model, List<String> ids, List<TopicEvidence> pairs,
      List<String> gold) throws IOException {
    Map<String, String> text = new HashMap<>();
    a.passages().values().forEach(list -> list.forEach(p -> text.put(p.passage().passageId(), p.passage().text())));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.size(); i++) {
      TopicEvidence t = pairs.get(i);
      Map.Entry<String, Double> best = model.best(Features.stance(t));
      if (!best.getKey().equals(gold.get(i))) {
        out.append(String.format(Locale.ROOT, "%s\t%s\tgold %s\tgot %s %.2f\t%s%n\t%s%n%n", ids.get(i), t.topic(),
            gold.get(i), best.getKey(), best.getValue(), new TreeMap<>(t.stanceEvidence()),
            text.getOrDefault(t.stancePassageId(), "").replaceAll("\\s+", " ")));
      }
    }
    Files.writeString(stanceErrors, out);
  }

  /** Each example's best label and probability from a model fitted on the other 5 folds. */
  private static List<Map.Entry<String, Double>> crossValidated(List<Map<String, Double>> x, List<String> y, double sigma) {
    int folds = 5;
    List<Map.Entry<String, Double>> predicted = new ArrayList<>(Collections.nCopies(x.size(), null));
    for (int f = 0; f < folds; f++) {
      List<Map<String, Double>> fx = new ArrayList<>();
      List<String> fy = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        if (i % folds != f) {
          fx.add(x.get(i));
          fy.add(y.get(i));
        }
      }
      LinearModel m = LinearModel.train(fx, fy, sigma);
      for (int i = f; i < x.size(); i += folds) {
        predicted.set(i, m.best(x.get(i)));
      }
    }
    return predicted;
  }

  /**
   * The stance model's macro-F1 on the train split's pairs, each predicted by a model fitted on
   * the other folds: the figure to compare features and settings by, never the test split.
   */
  private void crossValidateStance(List<Map<String, Double>> x, List<String> y) {
    List<String> predicted = crossValidated(x, y, stanceSigma).stream().map(Map.Entry::getKey).toList();
    StringBuilder line = new StringBuilder();
    double f1Sum = 0;
    long correct = 0;
    Set<String> labels = new TreeSet<>(y);
    for (String label : labels) {
      long tp = 0;
      long p = 0;
      long g = 0;
      for (int i = 0; i < y.size(); i++) {
        boolean isGold = y.get(i).equals(label);
        boolean isPredicted = predicted.get(i).equals(label);
        tp += isGold && isPredicted ? 1 : 0;
        p += isPredicted ? 1 : 0;
        g += isGold ? 1 : 0;
      }
      double f1 = p + g == 0 ? 0 : 2.0 * tp / (p + g);
      f1Sum += f1;
      correct += tp;
      line.append(String.format(Locale.ROOT, " %s %.3f", label, f1));
    }
    System.out.printf(Locale.ROOT, "stance, train split, 5-fold: accuracy %.3f macro-F1 %.3f (%d pairs);%s%n",
        (double) correct / y.size(), f1Sum / labels.size(), y.size(), line);
  }

  private double policyAccuracy(List<Optional<StakeholderGroup>> declared, List<Map.Entry<String, Double>> predicted,
      List<String> y, double overrideAbove, double overrideOtherAbove) {
    long correct = 0;
    for (int i = 0; i < y.size(); i++) {
      correct += SubmissionClassifier.decide(profile, declared.get(i), predicted.get(i), overrideAbove, overrideOtherAbove)
          .group().code().equals(y.get(i)) ? 1 : 0;
    }
    return (double) correct / y.size();
  }

  /** Scores the classifier on one split and lists the submissions whose group it gets wrong. */
  private static void preview(List<Submission> submissions, Map<String, SubmissionEvidence> evidence,
      Map<String, String> split, String part, Labels gold, SubmissionClassifier classifier, String title) {
    Map<String, String> groups = new TreeMap<>();
    Map<String, Map<String, String>> stances = new TreeMap<>();
    Set<String> test = new TreeSet<>();
    for (Submission s : submissions) {
      if (!part.equals(split.get(s.id()))) {
        continue;
      }
      test.add(s.id());
      SubmissionEvidence e = evidence.getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      GroupAssignment g = classifier.group(s, e);
      groups.put(s.id(), g.group().code());
      if (!g.group().code().equals(gold.groups().get(s.id()))) {
        System.out.printf(Locale.ROOT, "group error %s: gold %s, got %s (%s %.3f), declared '%s', inferred %s %.3f%n",
            s.id(), gold.groups().get(s.id()), g.group(), g.source(), g.confidence(), s.declaredType(), g.inferred(),
            g.inferredConfidence());
      }
      for (StanceFinding f : classifier.stances(e)) {
        stances.computeIfAbsent(s.id(), k -> new TreeMap<>()).put(f.topic(), f.stance().name());
      }
    }
    System.out.print(Report.text(Evaluator.evaluate(gold, new Labels(groups, stances, Map.of()), test, title)));
  }

  /** The topic model with its decision threshold set where F1 on the training pairs peaks. */
  private static LinearModel calibrated(LinearModel model, List<Map<String, Double>> x, List<String> y) {
    double bestThreshold = 0.5;
    double bestF1 = -1;
    for (int step = 10; step <= 90; step += 5) {
      double t = step / 100.0;
      long tp = 0;
      long predicted = 0;
      long gold = y.stream().filter(SubmissionClassifier.ADDRESSED::equals).count();
      for (int i = 0; i < x.size(); i++) {
        if (model.probabilities(x.get(i)).getOrDefault(SubmissionClassifier.ADDRESSED, 0.0) >= t) {
          predicted++;
          if (y.get(i).equals(SubmissionClassifier.ADDRESSED)) {
            tp++;
          }
        }
      }
      double f1 = predicted == 0 || gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestThreshold = t;
      }
    }
    LOG.info("topic model: decision threshold {} (training F1 {})", bestThreshold, String.format(Locale.ROOT, "%.3f", bestF1));
    return model.withThreshold(SubmissionClassifier.ADDRESSED, bestThreshold);
  }

  /**
   * What training needs from an analysis: the submissions and their annotated passages (tokens and
   * lemmas), so that a cached analysis is tagged and summarised again with the current lexicons and
   * evidence code, and only extraction and CoreNLP are saved.
   */
  record TrainingInput(List<Submission> submissions, Map<String, List<AnnotatedPassage>> passages) implements Serializable {

    static TrainingInput read(Path file) throws IOException, ClassNotFoundException {
      try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        return (TrainingInput) in.readObject();
      }
    }

    void write(Path file) throws IOException {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
        Map<String, List<AnnotatedPassage>> copy = new HashMap<>();
        passages.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        out.writeObject(new TrainingInput(new ArrayList<>(submissions), copy));
      }
    }

    /** Each submission's evidence, tagged and summarised as a run does it. */
    Map<String, SubmissionEvidence> evidence(Codebook codebook) {
      TagTopics tag = new TagTopics(codebook, StanceCues.load(), GroupCues.load());
      Map<String, SubmissionEvidence> evidence = new HashMap<>();
      passages.forEach((id, list) -> {
        List<TaggedPassage> tagged = new ArrayList<>(list.size());
        list.forEach(p -> tagged.add(tag.call(p)));
        evidence.put(id, new SummariseSubmission().call(id, tagged.iterator()));
      });
      return evidence;
    }
  }

  private TrainingInput analyse() throws IOException {
    ChorusConfig config = ChorusConfig.build(Location.of(input), Location.of("unused"), null, Map.of());
    SparkSession spark = SparkSessions.start(config.master());
    try {
      ConsultationRun.Analysis a = new ConsultationRun(config, spark).analyse(4);
      a.tagged().unpersist();
      Map<String, List<AnnotatedPassage>> passages = new HashMap<>();
      for (AnnotatedPassage p : a.annotated().collectAsList()) {
        passages.computeIfAbsent(p.passage().submissionId(), k -> new ArrayList<>()).add(p);
      }
      a.annotated().unpersist();
      return new TrainingInput(a.export().submissions(), passages);
    } finally {
      spark.stop();
    }
  }

  private void write(String name, LinearModel model, String recipe, List<Map<String, Double>> x, List<String> y)
      throws java.io.IOException {
    long correct = 0;
    for (int i = 0; i < x.size(); i++) {
      if (model.best(x.get(i)).getKey().equals(y.get(i))) {
        correct++;
      }
    }
    Map<String, Long> support = new LinkedHashMap<>();
    y.forEach(label -> support.merge(label, 1L, Long::sum));
    List<String> header = List.of(
        "Chorus " + name + " model: multinomial logistic regression (CoreNLP LinearClassifier), label<TAB>feature<TAB>weight",
        "recipe: " + recipe,
        String.format(Locale.ROOT, "training examples: %d %s; accuracy on them: %.3f (not a test figure: see chorus evaluate)",
            x.size(), support, x.isEmpty() ? 0.0 : (double) correct / x.size()));
    Path file = models.resolve(name + ".tsv");
    model.write(file, header);
    LOG.info("{} model: {} examples, training accuracy {} -> {}", name, x.size(),
        String.format(Locale.ROOT, "%.3f", x.isEmpty() ? 0.0 : (double) correct / x.size()), file);
  }
}
