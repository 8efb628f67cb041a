package eu.chorus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.classify.StanceCues;
import eu.chorus.evaluate.LexiconOverlap;
import eu.chorus.ops.ClasspathJson;
import eu.chorus.ops.RunFolder;
import eu.chorus.report.PassageTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus lexicon-overlap}: stance-lexicon entries the sample's generator writes but real
 * respondents do not.
 */
@Command(
    name = "lexicon-overlap",
    mixinStandardHelpOptions = true,
    description =
        "Count, per language, the stance lexicon's entries found in the sample generator's argument bank and in "
            + "the passages of a run on real text (matched on stems, as token sequences), and list those the bank has "
            + "and no real passage does.")
final class LexiconOverlapCommand implements Callable<Integer> {

  @Option(
      names = "--run",
      required = true,
      paramLabel = "<run-folder>",
      description = "A run on real text (its passages/).")
  Path run;

  @Option(
      names = "--bank",
      defaultValue = "data-samples/generator/src/main/resources/bank",
      paramLabel = "<folder>",
      description = "The generator's argument bank (default: ${DEFAULT-VALUE}).")
  Path bank;

  @Option(
      names = "--lexicon",
      paramLabel = "<file>",
      description =
          "A stance lexicon file (default: the one on the class path, "
              + StanceCues.RESOURCE
              + ").")
  Path lexicon;

  @Option(names = "--list", description = "Also list the entries found in the bank only.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    RunFolder.requireRun(run);
    JsonNode root =
        lexicon == null
            ? ClasspathJson.read(StanceCues.RESOURCE, "stance lexicon")
            : new ObjectMapper().readTree(lexicon.toFile());
    Map<String, List<String>> real = new TreeMap<>();
    PassageTexts.read(run, id -> true)
        .orElseThrow(() -> new IllegalArgumentException(run + " has no passages/"))
        .values()
        .forEach(p -> real.computeIfAbsent(p.language(), k -> new ArrayList<>()).add(p.text()));
    int entries = 0;
    int bankOnly = 0;
    System.out.println("language\tentries\tin bank\tin real text\tin bank only");
    for (LexiconOverlap.Counts c :
        LexiconOverlap.count(root, LexiconOverlap.readBank(bank), real)) {
      System.out.printf(
          Locale.ROOT,
          "%s\t%d\t%d\t%d\t%d\t(%d real passages)%n",
          c.language(),
          c.entries(),
          c.inBank(),
          c.inReal(),
          c.bankOnly().size(),
          real.getOrDefault(c.language(), List.of()).size());
      entries += c.entries();
      bankOnly += c.bankOnly().size();
      if (list) {
        c.bankOnly().forEach(e -> System.out.println("  " + c.language() + "\t" + e));
      }
    }
    System.out.printf(Locale.ROOT, "all\t%d\t\t\t%d%n", entries, bankOnly);
    return Main.OK;
  }
}
