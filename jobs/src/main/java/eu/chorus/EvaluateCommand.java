package eu.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Labels;
import eu.chorus.evaluate.Scores.Evaluation;
import eu.chorus.ops.RunFolder;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.evaluate.Scores.DeclaredEvaluation;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ingest.InputFile;
import eu.chorus.ingest.Submission;
import java.io.IOException;
import java.nio.file.Path;
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
            + "to fit and choose on, one third to report on)."})
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--run", required = true, paramLabel = "<run-folder>", description = "A chorus run folder.")
  Path run;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Truth truth;

  static final class Truth {
    @Option(names = "--gold", paramLabel = "<gold-folder>", description = "The gold labels.")
    Path gold;

    @Option(names = "--declared", paramLabel = "<export-folder>",
        description = "The portal export the (blind) run read: its declarations are the truth.")
    Path declared;
  }

  @Option(names = "--split", paramLabel = "<name>",
      description = "Evaluate only the submissions of this split: with --gold, a split of split.csv (e.g. test); "
          + "with --declared, fit or report. Default: all.")
  String split;

  @Option(names = "--out", paramLabel = "<file>", description = "Where to write the JSON (default <run>/evaluation.json).")
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
    goldLabels.groups().values().stream().distinct().filter(g -> profile.group(g).isEmpty()).findFirst().ifPresent(g -> {
      throw new IllegalArgumentException("gold group '" + g + "' is no stakeholder group of " + profile.id()
          + ", the run's consultation (" + String.join(", ", profile.groupCodes()) + ")");
    });
    Set<String> scope = new TreeSet<>(goldLabels.groups().keySet());
    if (split != null) {
      Map<String, String> splits = Labels.readSplit(gold);
      scope.removeIf(id -> !split.equals(splits.get(id)));
      if (scope.isEmpty()) {
        throw new IllegalArgumentException("no gold submission is in split '" + split + "' (see " + gold.resolve("split.csv") + ")");
      }
    }
    Evaluation evaluation = Evaluator.evaluate(goldLabels, predicted, scope, split == null ? "all" : split);
    System.out.print(eu.chorus.evaluate.Report.text(evaluation));
    return write(evaluation);
  }

  private int declared() throws IOException {
    if (split != null && !split.equals(RespondentSplit.FIT) && !split.equals(RespondentSplit.REPORT)) {
      throw new IllegalArgumentException("--split with --declared is " + RespondentSplit.FIT + " or "
          + RespondentSplit.REPORT + ", not '" + split + "'");
    }
    ConsultationProfile profile = ConsultationProfile.ofRun(run);
    Export export = ExportReader.read(truth.declared);
    Set<String> scope = new TreeSet<>();
    Set<String> withPaper = new TreeSet<>();
    export.submissions().stream().map(Submission::id)
        .filter(id -> split == null || RespondentSplit.of(id).equals(split)).forEach(scope::add);
    export.files().stream().filter(InputFile::present).map(InputFile::submissionId).forEach(withPaper::add);
    DeclaredEvaluation evaluation = Evaluator.declared(Labels.declared(export, profile), Labels.readRun(run),
        Labels.readQuotes(run), scope, withPaper, split == null ? "all" : split);
    System.out.print(eu.chorus.evaluate.Report.text(evaluation));
    return write(evaluation);
  }

  private int write(Object evaluation) throws IOException {
    Path target = out != null ? out : run.resolve("evaluation.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), evaluation);
    System.out.println("Written: " + target.toAbsolutePath());
    return Main.OK;
  }
}
