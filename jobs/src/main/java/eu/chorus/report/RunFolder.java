package eu.chorus.report;

import eu.chorus.output.AnswerCountsTable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.output.CampaignsTable;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.synthesis.AnswerCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * The tables of a run folder, as written: the report is rendered from these alone, so that it
 * says exactly what the tables say. A table the run lacks is empty here, and the report says so.
 *
 * @param runJson run.json, or a missing node
 * @param unreadable per table that is there but cannot be read (a column missing, bad CSV), why
 */
record RunFolder(
    Path path,
    Optional<List<RunTable.Row>> manifest,
    Optional<List<RunTable.Row>> submissions,
    Optional<List<RunTable.Row>> stances,
    Optional<List<RunTable.Row>> campaigns,
    Optional<List<RunTable.Row>> positions,
    Optional<List<RunTable.Row>> synthesis,
    Optional<List<RunTable.Row>> quotes,
    Optional<List<RunTable.Row>> answerCounts,
    JsonNode runJson,
    Map<String, String> unreadable) {

  static final String MANIFEST = "manifest.csv";
  static final String SUBMISSIONS = "submissions.csv";
  static final String STANCES = "stances.csv";
  static final String CAMPAIGNS = "campaigns.csv";
  static final String POSITIONS = "positions.csv";
  static final String SYNTHESIS = "synthesis.csv";
  static final String QUOTES = "quotes.csv";
  static final String RUN_JSON = "run.json";

  /** @param profile the run's consultation: positions.csv has a column per group */
  static RunFolder read(Path run, ConsultationProfile profile) throws IOException {
    if (!Files.isDirectory(run)) {
      throw new IllegalArgumentException("no run folder at " + run);
    }
    List<String> positionColumns = new ArrayList<>(RunTable.columns(Columns.Position.class));
    positionColumns.addAll(profile.groupCodes());
    Path runJson = run.resolve(RUN_JSON);
    Map<String, String> unreadable = new TreeMap<>();
    return new RunFolder(
        run,
        table(run, MANIFEST, RunTable.columns(ManifestTable.Column.class), unreadable),
        table(run, SUBMISSIONS, RunTable.columns(SubmissionsTable.Column.class), unreadable),
        table(run, STANCES, RunTable.columns(StancesTable.Column.class), unreadable),
        table(run, CAMPAIGNS, RunTable.columns(CampaignsTable.Column.class), unreadable),
        table(run, POSITIONS, positionColumns, unreadable),
        table(run, SYNTHESIS, RunTable.columns(Columns.Synthesis.class), unreadable),
        table(run, QUOTES, RunTable.columns(Columns.Quote.class), unreadable),
        table(run, AnswerCountsTable.TABLE.file(), RunTable.columns(AnswerCountsTable.Column.class), unreadable),
        Files.isRegularFile(runJson)
            ? new ObjectMapper().readTree(runJson.toFile())
            : new ObjectMapper().missingNode(),
        unreadable);
  }

  // A table that cannot be read is reported like a missing one, with the reason: the rest of the
  // report is still worth having.
  private static Optional<List<RunTable.Row>> table(Path run, String name, List<String> columns,
      Map<String, String> unreadable) {
    try {
      return RunTable.read(run.resolve(name), columns);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      unreadable.put(name, e.getMessage());
      return Optional.empty();
    }
  }
}
