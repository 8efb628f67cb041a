package eu.chorus.evaluate;

import eu.chorus.ingest.Export;
import eu.chorus.ingest.Submission;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.synthesis.TickedStances;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One side of an evaluation, gold or predicted, in the same shape: a group per submission, a stance
 * per (submission, topic) addressed, a campaign per campaign member.
 *
 * @param groups submission id → stakeholder group code
 * @param stances submission id → (topic → stance)
 * @param campaigns submission id → campaign id, members only
 */
public record Labels(
    Map<String, String> groups,
    Map<String, Map<String, String>> stances,
    Map<String, String> campaigns) {

  /**
   * What a portal export's respondents declared themselves: the group of their self-declared
   * respondent type, and, per topic, the stance of the answer they ticked on each closed question
   * the profile maps to a topic (answers it does not map, such as "Other" or "No opinion", give no
   * label).
   */
  public static Labels declared(Export export, ConsultationProfile profile) {
    Map<String, String> groups = new TreeMap<>();
    for (Submission s : export.submissions()) {
      profile.declaredGroup(s.declaredType()).ifPresent(g -> groups.put(s.id(), g.code()));
    }
    Map<String, Map<String, String>> stances = new TreeMap<>();
    TickedStances.of(export.answers(), profile)
        .forEach(
            (id, byTopic) ->
                byTopic.forEach(
                    (topic, stance) ->
                        stances
                            .computeIfAbsent(id, k -> new TreeMap<>())
                            .put(topic, stance.name())));
    return new Labels(groups, stances, Map.of());
  }

  /** The same labels with stances on {@code topic} only. */
  public Labels onlyTopic(String topic) {
    Map<String, Map<String, String>> only = new TreeMap<>();
    stances.forEach(
        (id, m) -> {
          if (m.containsKey(topic)) {
            only.put(id, Map.of(topic, m.get(topic)));
          }
        });
    return new Labels(groups, only, campaigns);
  }

  /** Reads a gold folder: stakeholders.csv, stances.csv, campaigns.csv (DOMAIN.md layout). */
  public static Labels readGold(Path gold) throws IOException {
    return new Labels(
        column(gold.resolve("stakeholders.csv"), "stakeholder_group"),
        stances(gold.resolve("stances.csv")),
        column(gold.resolve("campaigns.csv"), "campaign_id"));
  }

  /** Reads a run folder's submissions.csv (group, campaign) and stances.csv. */
  public static Labels readRun(Path run) throws IOException {
    Path submissions = run.resolve(SubmissionsTable.TABLE.file());
    Map<String, String> campaigns =
        new TreeMap<>(column(submissions, SubmissionsTable.Column.campaign_id.name()));
    campaigns.values().removeIf(String::isBlank);
    return new Labels(
        column(submissions, SubmissionsTable.Column.stakeholder_group.name()),
        stances(run.resolve(StancesTable.TABLE.file())),
        campaigns);
  }

  /** A quote of a run's quotes.csv: whose, on which topic, filed under which stance. */
  public record Quoted(String submissionId, String topic, String stance) {}

  /** A run folder's quotes.csv (empty when the run has none). */
  public static List<Quoted> readQuotes(Path run) throws IOException {
    Path csv = run.resolve("quotes.csv");
    if (!Files.isRegularFile(csv)) {
      return List.of();
    }
    return records(csv, List.of("submission_id", "topic", "stance")).stream()
        .map(r -> new Quoted(r.get("submission_id"), r.get("topic"), r.get("stance")))
        .toList();
  }

  /** A run's stances.csv: submission id → topic → the passage the stance was read from. */
  public static Map<String, Map<String, String>> stancePassages(Path run) throws IOException {
    Map<String, Map<String, String>> passages = new TreeMap<>();
    for (CSVRecord r :
        records(run.resolve("stances.csv"), List.of("submission_id", "topic", "passage_id"))) {
      passages
          .computeIfAbsent(r.get("submission_id"), k -> new TreeMap<>())
          .put(r.get("topic"), r.get("passage_id"));
    }
    return passages;
  }

  /** The split of each submission from a gold folder's split.csv (empty map when absent). */
  public static Map<String, String> readSplit(Path gold) throws IOException {
    Path split = gold.resolve("split.csv");
    return Files.isRegularFile(split) ? column(split, "split") : Map.of();
  }

  private static Map<String, String> column(Path csv, String column) throws IOException {
    Map<String, String> values = new TreeMap<>();
    if (!Files.isRegularFile(csv)) {
      return values;
    }
    for (CSVRecord r : records(csv, List.of("submission_id", column))) {
      values.put(r.get("submission_id"), r.get(column).trim());
    }
    return values;
  }

  private static Map<String, Map<String, String>> stances(Path csv) throws IOException {
    Map<String, Map<String, String>> stances = new TreeMap<>();
    if (!Files.isRegularFile(csv)) {
      return stances;
    }
    for (CSVRecord r : records(csv, List.of("submission_id", "topic", "stance"))) {
      stances
          .computeIfAbsent(r.get("submission_id"), k -> new LinkedHashMap<>())
          .put(r.get("topic"), r.get("stance"));
    }
    return stances;
  }

  private static List<CSVRecord> records(Path csv, List<String> required) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
      for (String column : required) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IOException(csv + " has no column " + column);
        }
      }
      return parser.getRecords();
    }
  }
}
