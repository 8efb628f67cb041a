package eu.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Labels;
import eu.chorus.evaluate.ParagraphBank;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.evaluate.Scores.DeclaredEvaluation;
import eu.chorus.evaluate.Scores.Evaluation;
import eu.chorus.evaluate.SeenParagraphs;
import eu.chorus.evaluate.TopicGold;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
import eu.chorus.ingest.Submission;
import eu.chorus.ops.RunFolder;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.report.PassageTexts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus evaluate}: scores a run folder against gold labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score a run against gold labels (--gold: stakeholders.csv, stances.csv, campaigns.csv, split.csv), or a "
          + "blind run against what the respondents of a portal export declared (--declared: their respondent "
          + "types and the answers they ticked on the questions the run's profile maps to a topic).",
      "With --declared, --split fit or --split report scores one part of the fixed respondent split (two thirds "
          + "to fit and choose on, one third to report on)."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Option(
      names = "--run",
      required = true,
      paramLabel = "<run-folder>",
      description = "A chorus run folder.")
  Path run;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Truth truth;

  static final class Truth {
    @Option(names = "--gold", paramLabel = "<gold-folder>", description = "The gold labels.")
    Path gold;

    @Option(
        names = "--declared",
        paramLabel = "<export-folder>",
        description = "The portal export the (blind) run read: its declarations are the truth.")
    Path declared;
  }

  @Option(
      names = "--split",
      paramLabel = "<name>",
      description =
          "Evaluate only the submissions of this split: with --gold, a split of split.csv (e.g. test); "
              + "with --declared, fit or report. Default: all.")
  String split;

  @Option(
      names = "--keep-seen",
      description =
          "With --gold and a --split other than train: also score the pairs whose paragraph a train-split "
              + "submission has too (by default they are left out, and how many is printed).")
  boolean keepSeen;

  @Option(
      names = "--seen-by",
      paramLabel = "<rule>",
      defaultValue = "PASSAGE",
      description =
          "How a (submission, topic) pair is judged train-seen: PASSAGE (default: by the passage the run read it "
              + "from; a pair the run missed stays, so recall is understated), WRITTEN_ALL (a gold pair when every "
              + "paragraph written for it is train-seen) or WRITTEN_ANY (when any is: only wholly unseen pairs "
              + "stay). The WRITTEN rules need --paragraph-bank.")
  SeenParagraphs.Rule seenBy;

  @Option(
      names = "--paragraph-bank",
      paramLabel = "<folder>",
      description =
          "The generated sample's bank of paragraphs (data-samples/generator/src/main/resources/bank), to trace "
              + "each passage to the topics it was written for (for --seen-by WRITTEN_ALL or WRITTEN_ANY).")
  Path paragraphBank;

  @Option(
      names = "--out",
      paramLabel = "<file>",
      description = "Where to write the JSON (default <run>/evaluation.json).")
  Path out;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(run);
    if (truth.declared != null) {
      return declared();
    }
    Path gold = truth.gold;
    Labels goldLabels = Labels.readGold(gold);
    Labels predicted = Labels.readRun(run);
    // gold of another consultation than the run's would score every group as wrong: refuse it
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    goldLabels.groups().values().stream()
        .distinct()
        .filter(g -> profile.group(g).isEmpty())
        .findFirst()
        .ifPresent(
            g -> {
              throw new IllegalArgumentException(
                  "gold group '"
                      + g
                      + "' is no stakeholder group of "
                      + profile.id()
                      + ", the run's consultation ("
                      + String.join(", ", profile.groupCodes())
                      + ")");
            });
    Set<String> scope = new TreeSet<>(goldLabels.groups().keySet());
    if (split != null) {
      Map<String, String> splits = Labels.readSplit(gold);
      scope.removeIf(id -> !split.equals(splits.get(id)));
      if (scope.isEmpty()) {
        throw new IllegalArgumentException(
            "no gold submission is in split '"
                + split
                + "' (see "
                + gold.resolve("split.csv")
                + ")");
      }
      if (!keepSeen && !split.equals(TRAIN) && splits.containsValue(TRAIN)) {
        SeenParagraphs.Filtered unseen = unseen(goldLabels, predicted, splits, scope);
        System.out.printf(
            Locale.ROOT,
            "Train-seen paragraphs left out: %d of the %d passages of split %s; %d of %d (submission, topic) "
                + "pairs removed (judged by %s)%n",
            unseen.seenPassages(),
            unseen.passages(),
            split,
            unseen.removedPairs(),
            unseen.pairs(),
            seenBy.description());
        goldLabels = unseen.gold();
        predicted = unseen.predicted();
      }
    }
    Evaluation evaluation =
        Evaluator.evaluate(goldLabels, predicted, scope, split == null ? "all" : split);
    System.out.print(eu.chorus.evaluate.Report.text(evaluation));
    return write(evaluation);
  }

  static final String TRAIN = "train";

  /** The labels without the pairs read from a paragraph a train-split submission has too. */
  private SeenParagraphs.Filtered unseen(
      Labels gold, Labels predicted, Map<String, String> splits, Set<String> scope)
      throws IOException {
    Map<String, PassageTexts.Passage> passages =
        PassageTexts.read(run, id -> true)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        run + " has no passages/ to tell train-seen paragraphs by"));
    if (seenBy != SeenParagraphs.Rule.PASSAGE && paragraphBank == null) {
      throw new IllegalArgumentException("--seen-by " + seenBy + " needs --paragraph-bank");
    }
    ParagraphBank bank = paragraphBank == null ? null : ParagraphBank.load(paragraphBank);
    Map<String, Map<String, List<String>>> written = new HashMap<>();
    List<String> train = new ArrayList<>();
    Map<String, String> candidates = new HashMap<>();
    passages
        .values()
        .forEach(
            p -> {
              if (TRAIN.equals(splits.get(p.submissionId()))) {
                train.add(p.text());
              } else if (scope.contains(p.submissionId())) {
                candidates.put(p.passageId(), p.text());
                if (bank != null) {
                  bank.writtenFor(p.text())
                      .forEach(
                          topic ->
                              written
                                  .computeIfAbsent(p.submissionId(), k -> new HashMap<>())
                                  .computeIfAbsent(topic, k -> new ArrayList<>())
                                  .add(p.passageId()));
                }
              }
            });
    return SeenParagraphs.filter(
        gold,
        predicted,
        Labels.stancePassages(run),
        SeenParagraphs.seen(train, candidates),
        scope,
        candidates.size(),
        written,
        seenBy);
  }

  private int declared() throws IOException {
    if (split != null
        && !split.equals(RespondentSplit.FIT)
        && !split.equals(RespondentSplit.REPORT)) {
      throw new IllegalArgumentException(
          "--split with --declared is "
              + RespondentSplit.FIT
              + " or "
              + RespondentSplit.REPORT
              + ", not '"
              + split
              + "'");
    }
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    Export export = ExportReader.read(truth.declared);
    Set<String> scope = new TreeSet<>();
    Set<String> withPaper = new TreeSet<>();
    export.submissions().stream()
        .map(Submission::id)
        .filter(id -> split == null || RespondentSplit.of(id).equals(split))
        .forEach(scope::add);
    export.files().stream()
        .filter(InputFile::present)
        .map(InputFile::submissionId)
        .forEach(withPaper::add);
    Labels predicted = Labels.readRun(run);
    DeclaredEvaluation evaluation =
        Evaluator.declared(
            Labels.declared(export, profile),
            predicted,
            Labels.readQuotes(run),
            scope,
            withPaper,
            split == null ? "all" : split);
    System.out.print(eu.chorus.evaluate.Report.text(evaluation));
    // the hand-checked topics of a few submissions, where the profile has them (and they are in
    // scope)
    java.util.Optional<Labels> topicGold = TopicGold.of(profile);
    if (topicGold.isPresent()) {
      Map<String, Map<String, String>> inScope = new java.util.TreeMap<>(topicGold.get().stances());
      inScope.keySet().retainAll(scope);
      if (!inScope.isEmpty()) {
        System.out.printf(
            Locale.ROOT,
            "Topics against the hand-checked topic gold (%s, %d submissions): P / R / F1 (TP, predicted, gold)%n",
            TopicGold.FILE,
            inScope.size());
        TopicGold.score(new Labels(Map.of(), inScope, Map.of()), predicted)
            .forEach(
                (topic, prf) ->
                    System.out.printf(
                        Locale.ROOT,
                        "  %-28s %s / %s / %s (%d, %d, %d)%n",
                        topic,
                        fmt(prf.precision()),
                        fmt(prf.recall()),
                        fmt(prf.f1()),
                        prf.truePositives(),
                        prf.predicted(),
                        prf.gold()));
      }
    }
    return write(evaluation);
  }

  private static String fmt(Double value) {
    return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", value);
  }

  private int write(Object evaluation) throws IOException {
    Path target = out != null ? out : run.resolve("evaluation.json");
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(target.toFile(), evaluation);
    System.out.println("Written: " + target.toAbsolutePath());
    return Main.OK;
  }
}
