package eu.chorus.samples;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.BankFormatException;
import eu.chorus.samples.bank.BankLoader;
import eu.chorus.samples.bank.LanguageBank;
import eu.chorus.samples.bank.MissingBankTextException;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.export.GeneratedSubmission;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Command line: regenerates the sample consultation export.
 *
 * <pre>
 * mvn -q -pl data-samples/generator compile exec:java      # writes data-samples/
 * java ... eu.chorus.samples.GenerateSampleExport OUT [--submissions N] [--seed S] [--bank DIR]
 * </pre>
 *
 * Exit status 2 for bad arguments or an incomplete or malformed bank, 1 for I/O failures.
 */
public final class GenerateSampleExport {

  private GenerateSampleExport() {}

  public static void main(String[] args) {
    // Scans are drawn with Java2D; this must be set before any AWT class loads.
    System.setProperty("java.awt.headless", "true");
    // POI logs through Log4j 2 and warns when no provider is present; its simple logger suffices.
    System.setProperty(
        "log4j2.loggerContextFactory",
        "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    try {
      GeneratorOptions options = GeneratorOptions.parse(args);
      Bank bank =
          options.bank().isPresent()
              ? BankLoader.load(options.bank().get())
              : BankLoader.fromClasspath();
      printInventory(bank);
      List<GeneratedSubmission> subs = SampleExportGenerator.generate(bank, options);
      long bytes = subs.stream().mapToLong(GeneratedSubmission::bytes).sum();
      System.out.printf(
          Locale.ROOT,
          "wrote %d submissions (%.1f MB) to %s%n",
          subs.size(),
          bytes / 1e6,
          options.output().toAbsolutePath());
    } catch (IllegalArgumentException | BankFormatException | MissingBankTextException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("error: " + e);
      System.exit(1);
    }
  }

  /** One line per language: how complete the bank is, so authors see what is still missing. */
  private static void printInventory(Bank bank) {
    for (LanguageBank lb : bank.languages().values()) {
      System.out.printf(
          Locale.ROOT,
          "bank/%s: %d/%d topic files, intros for %d groups, %d closings, %d off-topic, "
              + "questions for %d topics, headings for %d topics%n",
          lb.language().code(),
          lb.topics().size(),
          Topic.values().length,
          lb.intros().size(),
          lb.closings().size(),
          lb.offTopic().size(),
          lb.questions().size(),
          lb.headings().size());
    }
    bank.campaigns()
        .forEach(
            (id, versions) ->
                System.out.println("bank/campaigns: " + id + " " + versions.keySet()));
  }
}
