package eu.chorus.samples.export;

import eu.chorus.samples.compose.ComposedSubmission;
import eu.chorus.samples.domain.Consultation;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.plan.SubmissionPlan;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code submissions.csv} and the gold files of DOMAIN.md. Gold comes from the composed
 * submissions (what was written), never from re-reading the files.
 */
public final class ExportWriter {

  public static final String SUBMISSIONS_CSV = "submissions.csv";
  public static final String GOLD = "gold";
  private static final DateTimeFormatter SUBMITTED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private ExportWriter() {}

  public static void write(Path root, List<GeneratedSubmission> subs, long seed)
      throws IOException {
    try (CSVPrinter csv = printer(root.resolve(SUBMISSIONS_CSV), Columns.SUBMISSIONS)) {
      for (GeneratedSubmission g : subs) {
        SubmissionPlan p = g.composed().plan();
        csv.printRecord(
            p.id(),
            // The platform exports UTC; the plan's times are Brussels local times.
            p.submittedAt()
                .atZone(Consultation.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC)
                .format(SUBMITTED_AT),
            p.declaredType(),
            p.respondent().organisationColumn(),
            p.respondent().country().code(),
            p.languageColumn(),
            p.respondent().consent().name(),
            String.join(";", g.files()));
      }
    }
    Path gold = Files.createDirectories(root.resolve(GOLD));
    try (CSVPrinter csv = printer(gold.resolve("stakeholders.csv"), Columns.STAKEHOLDERS)) {
      for (GeneratedSubmission g : subs) {
        csv.printRecord(g.composed().plan().id(), g.composed().plan().respondent().group().name());
      }
    }
    try (CSVPrinter csv = printer(gold.resolve("stances.csv"), Columns.STANCES)) {
      for (GeneratedSubmission g : subs) {
        ComposedSubmission c = g.composed();
        Map<Topic, Stance> sorted = new TreeMap<>(c.stances());
        for (Map.Entry<Topic, Stance> e : sorted.entrySet()) {
          csv.printRecord(c.plan().id(), e.getKey().code(), e.getValue().name());
        }
      }
    }
    try (CSVPrinter csv = printer(gold.resolve("campaigns.csv"), Columns.CAMPAIGNS)) {
      for (GeneratedSubmission g : subs) {
        SubmissionPlan p = g.composed().plan();
        if (p.campaignId().isPresent()) {
          csv.printRecord(p.id(), p.campaignId().get());
        }
      }
    }
    Map<String, String> split =
        Split.assign(subs.stream().map(g -> g.composed().plan()).toList(), seed);
    try (CSVPrinter csv = printer(gold.resolve("split.csv"), Columns.SPLIT)) {
      for (GeneratedSubmission g : subs) {
        csv.printRecord(g.composed().plan().id(), split.get(g.composed().plan().id()));
      }
    }
  }

  private static CSVPrinter printer(Path file, String[] header) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
  }
}
