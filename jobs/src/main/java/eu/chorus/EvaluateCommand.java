package eu.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.chorus.evaluate.Evaluator;
import eu.chorus.evaluate.Labels;
import eu.chorus.evaluate.Scores.Evaluation;
import eu.chorus.ops.RunFolder;
import eu.chorus.profile.ConsultationProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus evaluate}: scores a run folder against gold labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Score a run against gold labels (stakeholders.csv, stances.csv, campaigns.csv, split.csv).")
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--run", required = true, paramLabel = "<run-folder>", description = "A chorus run folder.")
  Path run;

  @Option(names = "--gold", required = true, paramLabel = "<gold-folder>", description = "The gold labels.")
  Path gold;

  @Option(names = "--split", paramLabel = "<name>",
      description = "Evaluate only the submissions of this split in split.csv (e.g. test); default: all.")
  String split;

  @Option(names = "--out", paramLabel = "<file>", description = "Where to write the JSON (default <run>/evaluation.json).")
  Path out;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(run);
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
    Path target = out != null ? out : run.resolve("evaluation.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), evaluation);
    System.out.println("Written: " + target.toAbsolutePath());
    return Main.OK;
  }
}
