package eu.chorus.output;

import eu.chorus.campaign.Campaign;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionRow;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.correct.Corrections;
import eu.chorus.extract.ManifestEntry;
import eu.chorus.ingest.Answer;
import eu.chorus.position.PassagePosition;
import eu.chorus.profile.StakeholderGroup;
import eu.chorus.profile.Stance;
import eu.chorus.storage.Location;
import eu.chorus.synthesis.AnswerCounts;
import eu.chorus.synthesis.Synthesis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's tables into its folder, each table by its one definition (file name, columns, row
 * mapping): the CSV tables for analysts and the report, the Parquet folders for notebooks.
 */
public final class RunOutputs {

  /** Everything a run writes, as the stages made it. */
  public record Tables(
      List<ManifestEntry> manifest,
      List<SubmissionRow> submissions,
      List<StanceFinding> stances,
      Map<String, Map<String, Stance>> ticked,
      List<Answer> answers,
      List<AnswerCounts.Row> answerCounts,
      List<Campaign> campaigns,
      Synthesis synthesis,
      Corrections corrections,
      boolean overridesGiven,
      List<PassagePosition> passagePositions,
      Dataset<TaggedPassage> passages) {}

  private final SparkSession spark;
  private final Location out;

  /**
   * Every CSV table a run folder can hold, by file name, with its header for a consultation with
   * these stakeholder groups: what readers outside Java (notebooks) may rely on.
   */
  public static Map<String, List<String>> csvTables(List<StakeholderGroup> groups) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (CsvTable<?, ?> t :
        List.of(
            ManifestTable.TABLE,
            SubmissionsTable.TABLE,
            StancesTable.TABLE,
            AnswersTable.TABLE,
            AnswerCountsTable.TABLE,
            CampaignsTable.TABLE,
            PositionsTable.table(groups),
            SynthesisTable.TABLE,
            QuotesTable.TABLE,
            CorrectionsTables.APPLIED,
            CorrectionsTables.REJECTED)) {
      tables.put(t.file(), t.header());
    }
    return tables;
  }

  public RunOutputs(SparkSession spark, Location out) {
    this.spark = spark;
    this.out = out;
  }

  /**
   * @return the names of the files and folders written, in the order written
   */
  public List<String> write(Tables t) throws IOException {
    out.createDirectories();
    List<String> written = new ArrayList<>();
    t.passages()
        .map(
            (MapFunction<TaggedPassage, Row>) PassagesTable::toRow,
            Encoders.row(PassagesTable.SCHEMA))
        .orderBy("passage_id")
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out.resolve(PassagesTable.FOLDER).toString());
    written.add(PassagesTable.FOLDER + "/");
    write(ManifestTable.TABLE, t.manifest(), written);
    write(SubmissionsTable.TABLE, t.submissions(), written);
    List<StanceFinding> stances = new ArrayList<>(t.stances());
    stances.sort(
        Comparator.comparing(StanceFinding::submissionId).thenComparing(StanceFinding::topic));
    write(StancesTable.TABLE, StancesTable.rows(stances, t.ticked()), written);
    write(AnswersTable.TABLE, t.answers(), written);
    write(AnswerCountsTable.TABLE, t.answerCounts(), written);
    write(CampaignsTable.TABLE, t.campaigns(), written);
    Synthesis s = t.synthesis();
    write(PositionsTable.table(s.groups()), s.positions(), written);
    write(SynthesisTable.TABLE, s.matrix(), written);
    write(QuotesTable.TABLE, s.quotes(), written);
    if (t.overridesGiven()) {
      write(CorrectionsTables.APPLIED, t.corrections().applied(), written);
      write(CorrectionsTables.REJECTED, t.corrections().rejected(), written);
    }
    spark
        .createDataFrame(
            t.passagePositions().stream().map(PassagePositionsTable::toRow).toList(),
            PassagePositionsTable.SCHEMA)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out.resolve(PassagePositionsTable.FOLDER).toString());
    written.add(PassagePositionsTable.FOLDER + "/");
    return written;
  }

  private <C, T> void write(CsvTable<C, T> table, List<T> rows, List<String> written)
      throws IOException {
    table.writeInto(out, rows);
    written.add(table.file());
  }
}
