package eu.chorus.train;

import eu.chorus.classify.Features;
import eu.chorus.classify.GroupAssignment;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.LinearModel;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.TopicEvidence;
import eu.chorus.config.ChorusConfig;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Labels;
import eu.chorus.evaluate.Report;
import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.evaluate.Scores.PRF;
import eu.chorus.ingest.Submission;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recipe of the three shared models in {@code nlp-models} ({@code chorus train}): fits the
 * topic, stance and group models on the submissions of a labelled export's {@code train} split
 * only, writes them as text, and prints cross-validated figures from the train split and a first
 * look at the test split.
 */
public final class SharedModelTraining {

  private static final Logger LOG = LoggerFactory.getLogger(SharedModelTraining.class);

  /**
   * @param models where topic.tsv, stance.tsv and group.tsv are written
   * @param sigma Gaussian prior of the topic and group logistic regressions
   * @param stanceSigma Gaussian prior of the stance model
   * @param cache the analysed evidence, reused where the file exists (null: none)
   * @param stanceErrors where the train pairs the stance model gets wrong are written (null: none)
   * @param realStanceExamples other consultations' real stance examples ({@link StanceExamples}),
   *     learned from beside the sample's
   * @param genericStance leave out the stance features that name a measure of the sample's codebook
   *     (its priors per measure are the generator's, not real respondents')
   */
  public record Settings(
      Path input,
      Path gold,
      Path models,
      double sigma,
      double stanceSigma,
      Path cache,
      Path stanceErrors,
      List<Path> realStanceExamples,
      boolean genericStance) {

    public Settings {
      realStanceExamples = List.copyOf(realStanceExamples);
    }
  }

  private final Settings settings;
  private final GroupCues groupCues = GroupCues.load();

  /**
   * The consultation the sample export and its gold labels are of: its groups are the model's
   * classes.
   */
  private final ConsultationProfile profile =
      ConsultationProfile.load(ConsultationProfile.defaultId());

  public SharedModelTraining(Settings settings) {
    this.settings = settings;
  }

  /**
   * @param analyse the run's stages up to annotation, called unless the cache holds their result
   */
  public void train(Callable<TrainingInput> analyse) throws Exception {
    Labels goldLabels = Labels.readGold(settings.gold());
    Map<String, String> split = Labels.readSplit(settings.gold());
    if (split.isEmpty()) {
      throw new IllegalArgumentException(
          "no split.csv in " + settings.gold() + ": training needs a train split");
    }
    Path cache = settings.cache();
    TrainingInput a =
        cache != null && Files.isRegularFile(cache) ? TrainingInput.read(cache) : analyse.call();
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
          Map<String, Double> f = Features.stance(t, e);
          stanceX.add(settings.genericStance() ? StanceExamples.withoutMeasures(f) : f);
          stanceY.add(stance);
          stancePairs.add(t);
          stanceIds.add(s.id());
        }
      }
    }
    List<LogisticRegressionFit.Example> real = new ArrayList<>();
    for (Path file : settings.realStanceExamples()) {
      real.addAll(StanceExamples.read(file));
    }
    String recipe =
        String.format(
            Locale.ROOT,
            "chorus train --input %s --gold %s --sigma %s --stance-sigma %s%s%s; %d train-split submissions%s; %s",
            settings.input(),
            settings.gold(),
            settings.sigma(),
            settings.stanceSigma(),
            settings.genericStance() ? " --generic-stance" : "",
            settings.realStanceExamples().stream()
                .map(f -> " --real-stance-examples " + f.getFileName())
                .collect(Collectors.joining()),
            trained,
            real.isEmpty() ? "" : " and " + real.size() + " real stance examples",
            LocalDate.now(ZoneOffset.UTC));
    LinearModel topic =
        calibrated(LinearModel.train(topicX, topicY, settings.sigma()), topicX, topicY);
    List<Map<String, Double>> fitX = new ArrayList<>(stanceX);
    List<String> fitY = new ArrayList<>(stanceY);
    real.forEach(
        r -> {
          fitX.add(r.features());
          fitY.add(r.label());
        });
    LinearModel stance = LinearModel.train(fitX, fitY, settings.stanceSigma());
    LinearModel group = LinearModel.train(groupX, groupY, settings.sigma());
    write("topic", topic, recipe, topicX, topicY);
    write("stance", stance, recipe, fitX, fitY);
    write("group", group, recipe, groupX, groupY);

    // A first look at the held-out split with the new models, declared types ignored and then used
    // as a run uses them; the figures of record come from chorus evaluate on a run.
    double overrideAbove =
        ChorusConfig.build(Location.of(settings.input()), Location.of("unused"), null, Map.of())
            .overrideDeclaredAbove();
    crossValidateOverride(groupX, groupY, groupDeclared, overrideAbove);
    crossValidateStance(stanceX, stanceY);
    if (!real.isEmpty()) {
      realStanceTransfer(stanceX, stanceY, real);
    }
    if (settings.stanceErrors() != null) {
      writeStanceErrors(a, stance, stanceIds, stancePairs, stanceX, stanceY);
    }
    SubmissionClassifier declaredUsed =
        new SubmissionClassifier(profile, topic, stance, group, groupCues, false, overrideAbove);
    preview(
        a.submissions(),
        evidence,
        split,
        "train",
        goldLabels,
        declaredUsed,
        "train (declared types used; fitted on it)");
    preview(
        a.submissions(),
        evidence,
        split,
        "test",
        goldLabels,
        new SubmissionClassifier(profile, topic, stance, group, groupCues, true, 1.0),
        "test (declared types ignored)");
    preview(
        a.submissions(),
        evidence,
        split,
        "test",
        goldLabels,
        declaredUsed,
        "test (declared types used)");
  }

  /** {gold, predicted} pairs, the form evaluate scores. */
  private static List<String[]> pairs(List<String> gold, List<String> predicted) {
    List<String[]> pairs = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      pairs.add(new String[] {gold.get(i), predicted.get(i)});
    }
    return pairs;
  }

  private static double accuracy(List<String> gold, List<String> predicted) {
    Double accuracy = Evaluator.classification(pairs(gold, predicted)).accuracy();
    return accuracy == null ? 0.0 : accuracy;
  }

  private static List<String> labels(List<Map.Entry<String, Double>> predicted) {
    return predicted.stream().map(Map.Entry::getKey).toList();
  }

  /**
   * How often the declared-type policy gets the train split right for a range of {@code
   * classify.overrideDeclaredAbove}, each group predicted by a model fitted on the other folds: the
   * threshold is chosen from this, never from the test split.
   */
  private void crossValidateOverride(
      List<Map<String, Double>> x,
      List<String> y,
      List<Optional<StakeholderGroup>> declared,
      double overrideAbove) {
    List<Map.Entry<String, Double>> predicted = crossValidated(x, y, settings.sigma());
    StringBuilder line = new StringBuilder("group, train split, 5-fold: model alone ");
    line.append(
        String.format(
            Locale.ROOT,
            "%.3f; with declared types, a named group overridden above",
            accuracy(y, labels(predicted))));
    double[] bars = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99, 1.01};
    for (double t : bars) {
      line.append(
          String.format(
              Locale.ROOT,
              " %.2f: %.3f",
              t,
              policyAccuracy(
                  declared, predicted, y, t, SubmissionClassifier.OVERRIDE_OTHER_ABOVE)));
    }
    line.append("; a declared OTHER overridden above");
    for (double t : bars) {
      line.append(
          String.format(
              Locale.ROOT,
              " %.2f: %.3f",
              t,
              policyAccuracy(declared, predicted, y, overrideAbove, t)));
    }
    System.out.println(line);
  }

  /** For reading errors: each wrongly predicted train pair, its evidence and its stance passage. */
  private void writeStanceErrors(
      TrainingInput a,
      LinearModel model,
      List<String> ids,
      List<TopicEvidence> pairs,
      List<Map<String, Double>> features,
      List<String> gold)
      throws IOException {
    Map<String, String> text = new HashMap<>();
    a.passages()
        .values()
        .forEach(list -> list.forEach(p -> text.put(p.passage().passageId(), p.passage().text())));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pairs.size(); i++) {
      TopicEvidence t = pairs.get(i);
      Map.Entry<String, Double> best = model.best(features.get(i));
      if (!best.getKey().equals(gold.get(i))) {
        out.append(
            String.format(
                Locale.ROOT,
                "%s\t%s\tgold %s\tgot %s %.2f\t%s%n\t%s%n%n",
                ids.get(i),
                t.topic(),
                gold.get(i),
                best.getKey(),
                best.getValue(),
                new TreeMap<>(t.stanceEvidence()),
                text.getOrDefault(t.stancePassageId(), "").replaceAll("\\s+", " ")));
      }
    }
    Files.writeString(settings.stanceErrors(), out);
  }

  /** Each example's best label and probability from a model fitted on the other 5 folds. */
  private static List<Map.Entry<String, Double>> crossValidated(
      List<Map<String, Double>> x, List<String> y, double sigma) {
    int folds = 5;
    List<Map.Entry<String, Double>> predicted =
        new ArrayList<>(Collections.nCopies(x.size(), null));
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
   * The stance model's macro-F1 on the train split's pairs, each predicted by a model fitted on the
   * other folds: the figure to compare features and settings by, never the test split.
   */
  private void crossValidateStance(List<Map<String, Double>> x, List<String> y) {
    List<String> predicted = labels(crossValidated(x, y, settings.stanceSigma()));
    Classification c = Evaluator.classification(pairs(y, predicted));
    StringBuilder line = new StringBuilder();
    for (String label : new TreeSet<>(y)) {
      Double f1 = c.perLabel().get(label).f1();
      line.append(String.format(Locale.ROOT, " %s %.3f", label, f1 == null ? 0.0 : f1));
    }
    System.out.printf(
        Locale.ROOT,
        "stance, train split, 5-fold: accuracy %.3f macro-F1 %.3f (%d pairs);%s%n",
        c.accuracy(),
        c.macroF1(),
        y.size(),
        line);
  }

  /**
   * How the stance model reads real respondents it was not fitted on: fitted on the sample alone
   * and scored on every real example (another consultation's text, the transfer the shared model is
   * for); and fitted on the sample and the real examples of the other respondent folds (the folds
   * the profile's own stance model is cross-validated on), scored on each held-out fold (what the
   * real examples add).
   */
  private void realStanceTransfer(
      List<Map<String, Double>> sampleX,
      List<String> sampleY,
      List<LogisticRegressionFit.Example> real) {
    LinearModel sampleOnly = LinearModel.train(sampleX, sampleY, settings.stanceSigma());
    List<String[]> transfer = new ArrayList<>();
    for (LogisticRegressionFit.Example r : real) {
      transfer.add(new String[] {r.label(), sampleOnly.best(r.features()).getKey()});
    }
    List<String[]> heldOut = new ArrayList<>();
    List<List<LogisticRegressionFit.Example>> folds =
        LogisticRegressionFit.folds(real, StanceModelTraining.FOLDS, StanceModelTraining.SEED);
    for (int f = 0; f < folds.size(); f++) {
      List<Map<String, Double>> fx = new ArrayList<>(sampleX);
      List<String> fy = new ArrayList<>(sampleY);
      for (LogisticRegressionFit.Example r : LogisticRegressionFit.allBut(folds, f)) {
        fx.add(r.features());
        fy.add(r.label());
      }
      LinearModel m = LinearModel.train(fx, fy, settings.stanceSigma());
      folds
          .get(f)
          .forEach(r -> heldOut.add(new String[] {r.label(), m.best(r.features()).getKey()}));
    }
    Classification t = Evaluator.classification(transfer);
    Classification h = Evaluator.classification(heldOut);
    System.out.printf(
        Locale.ROOT,
        "stance on %d real examples: sample alone accuracy %.3f macro-F1 %.3f; with the other real"
            + " respondents (5 respondent folds) accuracy %.3f macro-F1 %.3f%n",
        real.size(),
        t.accuracy(),
        t.macroF1(),
        h.accuracy(),
        h.macroF1());
  }

  private double policyAccuracy(
      List<Optional<StakeholderGroup>> declared,
      List<Map.Entry<String, Double>> predicted,
      List<String> y,
      double overrideAbove,
      double overrideOtherAbove) {
    List<String> decided = new ArrayList<>(y.size());
    for (int i = 0; i < y.size(); i++) {
      decided.add(
          SubmissionClassifier.decide(
                  profile, declared.get(i), predicted.get(i), overrideAbove, overrideOtherAbove)
              .group()
              .code());
    }
    return accuracy(y, decided);
  }

  /** Scores the classifier on one split and lists the submissions whose group it gets wrong. */
  private static void preview(
      List<Submission> submissions,
      Map<String, SubmissionEvidence> evidence,
      Map<String, String> split,
      String part,
      Labels gold,
      SubmissionClassifier classifier,
      String title) {
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
        System.out.printf(
            Locale.ROOT,
            "group error %s: gold %s, got %s (%s %.3f), declared '%s', inferred %s %.3f%n",
            s.id(),
            gold.groups().get(s.id()),
            g.group(),
            g.source(),
            g.confidence(),
            s.declaredType(),
            g.inferred(),
            g.inferredConfidence());
      }
      for (StanceFinding f : classifier.stances(e)) {
        stances.computeIfAbsent(s.id(), k -> new TreeMap<>()).put(f.topic(), f.stance().name());
      }
    }
    System.out.print(
        Report.text(Evaluator.evaluate(gold, new Labels(groups, stances, Map.of()), test, title)));
  }

  /** The topic model with its decision threshold set where F1 on the training pairs peaks. */
  private static LinearModel calibrated(
      LinearModel model, List<Map<String, Double>> x, List<String> y) {
    double bestThreshold = 0.5;
    double bestF1 = -1;
    long gold = y.stream().filter(SubmissionClassifier.ADDRESSED::equals).count();
    for (int step = 10; step <= 90; step += 5) {
      double t = step / 100.0;
      long tp = 0;
      long predicted = 0;
      for (int i = 0; i < x.size(); i++) {
        if (model.probabilities(x.get(i)).getOrDefault(SubmissionClassifier.ADDRESSED, 0.0) >= t) {
          predicted++;
          if (y.get(i).equals(SubmissionClassifier.ADDRESSED)) {
            tp++;
          }
        }
      }
      Double prf = PRF.of(tp, predicted, gold).f1();
      double f1 = prf == null ? 0 : prf;
      // Equal F1s keep the first (lowest) threshold: evaluate's 2PR/(P+R) rounds equal fractions
      // differently in the last bit, so "better" means better by more than that.
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        bestThreshold = t;
      }
    }
    LOG.info(
        "topic model: decision threshold {} (training F1 {})",
        bestThreshold,
        String.format(Locale.ROOT, "%.3f", bestF1));
    return model.withThreshold(SubmissionClassifier.ADDRESSED, bestThreshold);
  }

  private void write(
      String name, LinearModel model, String recipe, List<Map<String, Double>> x, List<String> y)
      throws IOException {
    List<String> predicted = new ArrayList<>(x.size());
    x.forEach(features -> predicted.add(model.best(features).getKey()));
    double accuracy = accuracy(y, predicted);
    Map<String, Long> support = new LinkedHashMap<>();
    y.forEach(label -> support.merge(label, 1L, Long::sum));
    List<String> header =
        List.of(
            "Chorus "
                + name
                + " model: multinomial logistic regression (CoreNLP LinearClassifier), label<TAB>feature<TAB>weight",
            "recipe: " + recipe,
            String.format(
                Locale.ROOT,
                "training examples: %d %s; accuracy on them: %.3f (not a test figure: see chorus evaluate)",
                x.size(),
                support,
                accuracy));
    Path file = settings.models().resolve(name + ".tsv");
    model.write(file, header);
    LOG.info(
        "{} model: {} examples, training accuracy {} -> {}",
        name,
        x.size(),
        String.format(Locale.ROOT, "%.3f", accuracy),
        file);
  }
}
