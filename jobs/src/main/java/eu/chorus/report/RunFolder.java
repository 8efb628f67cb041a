package eu.chorus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.output.AnswerCountsTable;
import eu.chorus.output.CampaignsTable;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.PositionsTable;
import eu.chorus.output.QuotesTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.output.SynthesisTable;
import eu.chorus.profile.ConsultationProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tables of a run folder, as written: the report is rendered from these alone, so that it says
 * exactly what the tables say. A table the run lacks is empty here, and the report says so.
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

  // The tables' names and columns are their writers' (eu.chorus.output): one definition each.
  static final String MANIFEST = ManifestTable.TABLE.file();
  static final String SUBMISSIONS = SubmissionsTable.TABLE.file();
  static final String STANCES = StancesTable.TABLE.file();
  static final String CAMPAIGNS = CampaignsTable.TABLE.file();
  static final String POSITIONS = PositionsTable.FILE;
  static final String SYNTHESIS = SynthesisTable.TABLE.file();
  static final String QUOTES = QuotesTable.TABLE.file();
  static final String RUN_JSON = eu.chorus.ops.RunFolder.RUN_JSON;

  /**
   * @param profile the run's consultation: positions.csv has a column per group
   */
  static RunFolder read(Path run, ConsultationProfile profile) throws IOException {
    if (!Files.isDirectory(run)) {
      throw new IllegalArgumentException("no run folder at " + run);
    }
    // The columns the report cannot do without; the writers' later additions are read when there,
    // so that a run folder of an earlier version still reports.
    List<String> positionColumns =
        new ArrayList<>(
            RunTable.columns(
                EnumSet.range(
                    PositionsTable.Column.topic, PositionsTable.Column.representative_text)));
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
        table(
            run,
            SYNTHESIS,
            RunTable.columns(
                EnumSet.range(SynthesisTable.Column.topic, SynthesisTable.Column.reading)),
            unreadable),
        table(
            run,
            QUOTES,
            RunTable.columns(EnumSet.range(QuotesTable.Column.topic, QuotesTable.Column.text)),
            unreadable),
        table(
            run,
            AnswerCountsTable.TABLE.file(),
            RunTable.columns(AnswerCountsTable.Column.class),
            unreadable),
        Files.isRegularFile(runJson)
            ? new ObjectMapper().readTree(runJson.toFile())
            : new ObjectMapper().missingNode(),
        unreadable);
  }

  // A table that cannot be read is reported like a missing one, with the reason: the rest of the
  // report is still worth having.
  private static Optional<List<RunTable.Row>> table(
      Path run, String name, List<String> columns, Map<String, String> unreadable) {
    try {
      return RunTable.read(run.resolve(name), columns);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      unreadable.put(name, e.getMessage());
      return Optional.empty();
    }
  }
}
