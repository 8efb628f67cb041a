package eu.chorus;

import static eu.chorus.ops.StageProgress.count;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.SummariseSubmission;
import eu.chorus.classify.TagTopics;
import eu.chorus.correct.Corrections;
import eu.chorus.output.CorrectionsTables;
import eu.chorus.output.ParquetTables;
import eu.chorus.output.RunTable;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.cluster.DetectCampaigns;
import eu.chorus.cluster.ClusterPositions;
import eu.chorus.cluster.PassagePosition;
import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.ExtractedText;
import eu.chorus.extract.FileStatus;
import eu.chorus.extract.QuestionnaireTexts;
import eu.chorus.ingest.Consent;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.Submission;
import eu.chorus.ops.BuildVersions;
import eu.chorus.ops.RunSummary;
import eu.chorus.ops.StageProgress;
import eu.chorus.output.AnswersTable;
import eu.chorus.passage.Passage;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.output.CampaignsTable;
import eu.chorus.output.ManifestEntry;
import eu.chorus.output.ManifestTable;
import eu.chorus.output.PassagePositionsTable;
import eu.chorus.output.PassagesTable;
import eu.chorus.output.StancesTable;
import eu.chorus.output.SubmissionRow;
import eu.chorus.output.SubmissionsTable;
import eu.chorus.report.ChairsReport;
import eu.chorus.storage.Location;
import eu.chorus.state.Fingerprints;
import eu.chorus.state.HashedExport;
import eu.chorus.state.HashedFile;
import eu.chorus.state.IncrementalStages;
import eu.chorus.state.PublishedRuns;
import eu.chorus.state.StateStore;
import eu.chorus.synthesis.AnswerCounts;
import eu.chorus.synthesis.StanceClaims;
import eu.chorus.synthesis.Synthesis;
import eu.chorus.synthesis.TickedStances;
import eu.chorus.classify.Stance;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Chorus run, stage by stage: ingest → extract → passages → annotate → classify → campaigns
 * → write → report.
 * Each stage is a small named function in its own package; this class only wires them and reports
 * progress.
 */
public final class ConsultationRun implements AutoCloseable {

  /** What the command line needs to report and choose its exit code. */
  public record Outcome(Location out, int submissions, Map<FileStatus, Long> filesByStatus, long passages) {}

  static final int STAGES = 10;

  private static final Logger LOG = LoggerFactory.getLogger(ConsultationRun.class);

  private final ChorusConfig config;
  private final SparkSession spark;
  private final Location destination;
  private final HashedExport inputs;
  private StateStore state;

  public ConsultationRun(ChorusConfig config, SparkSession spark) {
    this(config, spark, null, config.out(), null);
  }

  /**
   * @param state the state folder of earlier runs, or null to cache for this run only
   * @param destination where the outputs will be published (config.out() may be a staging folder)
   * @param inputs the export of config.input(), already read and hashed, or null to read and hash it here
   */
  public ConsultationRun(ChorusConfig config, SparkSession spark, StateStore state, Location destination,
      HashedExport inputs) {
    this.config = config;
    this.spark = spark;
    this.state = state;
    this.destination = destination;
    this.inputs = inputs;
  }

  /** What the analysis stages produce, before any model decides: the input to run and train. */
  public record Analysis(
      Export export,
      List<ManifestEntry> manifest,
      Map<FileStatus, Long> filesByStatus,
      Dataset<AnnotatedPassage> annotated,
      Dataset<TaggedPassage> tagged,
      Map<String, SubmissionEvidence> evidence,
      long passages,
      long tokens,
      ConsultationProfile profile,
      GroupCues groupCues,
      StageProgress progress,
      Instant startedAt,
      Map<String, Long> cacheCounts) {}

  /**
   * Runs ingest → extract → passages → annotate → tag, and summarises each submission. The
   * annotated passages stay persisted for the caller (train keeps them); unpersist them when done.
   * Extraction and annotation go through the state: only file contents it has no result for are
   * processed, and each batch is committed as it finishes.
   */
  public Analysis analyse(int stages) throws IOException {
    Instant startedAt = Instant.now();
    StageProgress progress = new StageProgress(stages);
    if (state == null) {
      state = StateStore.temporary();
    }
    Map<String, String> versions = BuildVersions.read();
    IncrementalStages cached = new IncrementalStages(spark, config, state,
        Fingerprints.of(config, versions));

    HashedExport read = inputs != null ? inputs : HashedExport.read(config.input());
    // A blind run never sees the declared types or the closed answers: not read, used or written.
    Export export = config.blind() ? read.export().blind() : read.export();
    List<HashedFile> hashed = new ArrayList<>(read.files());
    List<ExtractedFile> answers = QuestionnaireTexts.of(export);
    answers.forEach(t -> hashed.add(new HashedFile(t.file(), t.sha256(), "")));
    hashed.sort(Comparator.comparing(h -> h.file().relativePath()));
    progress.finish("ingest", count(export.submissions().size()) + " submissions, "
        + count(export.files().size()) + " files hashed, " + count(answers.size()) + " questionnaires with free text, "
        + count(export.answers().size()) + " closed answers, " + export.problems().size() + " metadata problems");

    List<ManifestEntry> manifest = new ArrayList<>(cached.extract(hashed, answers));
    Set<String> extracted = manifest.stream().map(ManifestEntry::file).collect(Collectors.toSet());
    for (HashedFile h : hashed) {
      if (!extracted.contains(h.file().relativePath())) {
        String reason = h.readable() ? "extraction produced no result" : h.problem();
        manifest.add(ManifestEntry.of(new ExtractedFile(h.file(), h.sha256(), ExtractedText.quarantined("", reason))));
      }
    }
    manifest.sort(Comparator.comparing(ManifestEntry::file));
    Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
    for (FileStatus s : FileStatus.values()) {
      byStatus.put(s, manifest.stream().filter(e -> e.status() == s).count());
    }
    progress.finish("extract", count(manifest.size()) + " files: " + byStatus.get(FileStatus.OK) + " ok, "
        + byStatus.get(FileStatus.PARTIAL) + " partial, " + byStatus.get(FileStatus.QUARANTINED) + " quarantined; "
        + cacheLine(cached, "extract"));

    IncrementalStages.Pending pending = cached.split(hashed);
    progress.finish("passages", count(pending.count()) + " new passages from "
        + count(pending.contents().size()) + " file contents not yet annotated");

    Dataset<AnnotatedPassage> annotated = cached.annotate(pending, hashed, anonymousNames(export))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long passageCount = annotated.count();
    long tokens = passageCount == 0 ? 0 : annotated
        .map((MapFunction<AnnotatedPassage, Long>) a -> (long) a.annotation().tokens(), Encoders.LONG())
        .reduce((ReduceFunction<Long>) Long::sum);
    progress.finish("annotate", count(passageCount) + " passages, " + count(tokens) + " tokens; "
        + cacheLine(cached, "annotate"));

    ConsultationProfile profile = ConsultationProfile.load(config.consultation());
    GroupCues groupCues = GroupCues.load();
    Dataset<TaggedPassage> tagged = annotated
        .map(new TagTopics(profile.codebook(), StanceCues.load(), groupCues), encoder(TaggedPassage.class))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, SubmissionEvidence> evidence = tagged
        .groupByKey((MapFunction<TaggedPassage, String>) t -> t.passage().submissionId(), Encoders.STRING())
        .mapGroups(new SummariseSubmission(), encoder(SubmissionEvidence.class))
        .collectAsList().stream()
        .collect(Collectors.toMap(SubmissionEvidence::submissionId, Function.identity()));
    return new Analysis(export, manifest, byStatus, annotated, tagged, evidence, passageCount, tokens, profile, groupCues,
        progress, startedAt, cached.cacheCounts());
  }

  private static String cacheLine(IncrementalStages cached, String stage) {
    Map<String, Long> c = cached.cacheCounts();
    return "state " + c.get(stage + ".hits") + " hits, " + c.get(stage + ".misses") + " misses";
  }

  /** Releases a state made for this run only (deletes it); a --state folder is the caller's. */
  @Override
  public void close() throws IOException {
    if (state != null && state.isTemporary()) {
      state.close();
    }
  }

  public Outcome execute() throws IOException {
    Analysis a = analyse(STAGES);
    a.annotated().unpersist();
    StageProgress progress = a.progress();
    List<SubmissionRow> submissions = new ArrayList<>();
    List<StanceFinding> stances = new ArrayList<>();
    SubmissionClassifier classifier = SubmissionClassifier.load(a.profile(), a.groupCues(), config.ignoreDeclared(),
        config.overrideDeclaredAbove());
    for (Submission s : a.export().submissions()) {
      SubmissionEvidence e = a.evidence().getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      submissions.add(new SubmissionRow(s, classifier.group(s, e), e));
      stances.addAll(classifier.stances(e));
    }
    progress.finish("classify", count(submissions.size()) + " submissions, " + count(stances.size()) + " topic findings, "
        + submissions.stream().filter(r -> r.group().conflict()).count() + " group conflicts");

    Corrections corrections = corrections(a);
    submissions.replaceAll(r -> r.withGroup(corrections.group(r.submission().id(), r.group())));
    stances = corrections.stances(stances);

    DetectCampaigns.Result campaigns = new DetectCampaigns(config.campaigns()).applyAcrossLanguages(a.tagged());
    Map<String, String> campaignOf = corrections.campaigns(campaigns.campaignOf());
    Set<String> excluded = corrections.excluded();
    submissions.replaceAll(r -> r.withCampaign(campaignOf.getOrDefault(r.submission().id(), ""))
        .withExcluded(excluded.contains(r.submission().id())));
    progress.finish("campaigns", count(campaigns.campaigns().size()) + " campaigns, " + count(campaigns.members())
        + " members (" + count(campaigns.translatedMembers()) + " translated), " + count(campaigns.pairs()) + " of "
        + count(campaigns.candidatePairs()) + " candidate pairs verified");

    // Excluded submissions stay in submissions.csv and stances.csv but count nowhere in the synthesis.
    List<SubmissionRow> counted = submissions.stream().filter(r -> !r.excluded()).toList();
    List<StanceFinding> countedStances = stances.stream().filter(f -> !excluded.contains(f.submissionId())).toList();
    ClusterPositions.Found found = new ClusterPositions(config.positions(), StanceClaims.load(a.profile().codebook()))
        .find(a.tagged(), countedStances);
    progress.finish("positions", count(found.positions().size()) + " positions from "
        + count(found.passages().size()) + " evidence passages, " + count(found.vocabulary()) + " terms");
    Map<String, Map<String, Stance>> ticked = TickedStances.of(a.export().answers(), a.profile());
    ticked.keySet().retainAll(counted.stream().map(r -> r.submission().id()).collect(Collectors.toSet()));
    Synthesis synthesis = Synthesis.of(a.profile(), counted, countedStances, found, evidenceTexts(a.tagged(), found),
        campaignOf, ticked);
    progress.finish("synthesis", count(synthesis.matrix().size()) + " topic × group cells, "
        + count(synthesis.quotes().size()) + " quotes");

    Location out = config.out();
    out.createDirectories();
    a.tagged().map((MapFunction<TaggedPassage, Row>) PassagesTable::toRow, Encoders.row(PassagesTable.SCHEMA))
        .orderBy("passage_id")
        .write().mode(SaveMode.Overwrite).parquet(out.resolve(PassagesTable.FOLDER).toString());
    a.tagged().unpersist();
    ManifestTable.TABLE.write(out.resolve("manifest.csv"), a.manifest());
    SubmissionsTable.TABLE.write(out.resolve("submissions.csv"), submissions);
    stances.sort(Comparator.comparing(StanceFinding::submissionId).thenComparing(StanceFinding::topic));
    StancesTable.TABLE.write(out.resolve("stances.csv"), StancesTable.rows(stances, ticked));
    AnswersTable.TABLE.write(out.resolve("answers.csv"), a.export().answers());
    Map<String, String> groupOf = new HashMap<>();
    submissions.forEach(r -> groupOf.put(r.submission().id(), r.group().group().code()));
    AnswerCounts.TABLE.write(out.resolve(AnswerCounts.FILE), AnswerCounts.of(a.export().answers(), groupOf, a.profile()));
    CampaignsTable.TABLE.write(out.resolve("campaigns.csv"), campaigns.campaigns());
    synthesis.write(out);
    if (!config.overridesFile().isEmpty()) {
      CorrectionsTables.APPLIED.write(out.resolve("overrides_applied.csv"), corrections.applied());
      CorrectionsTables.REJECTED.write(out.resolve("overrides_rejected.csv"), corrections.rejected());
    }
    spark.createDataFrame(found.passages().stream().map(PassagePositionsTable::toRow).toList(), PassagePositionsTable.SCHEMA)
        .coalesce(1).write().mode(SaveMode.Overwrite).parquet(out.resolve(PassagePositionsTable.FOLDER).toString());
    progress.finish("write", "manifest.csv, submissions.csv, stances.csv, answers.csv, answer_counts.csv, campaigns.csv, positions.csv, synthesis.csv, "
        + "quotes.csv, passages/, positions/ in " + out);

    Map<String, Long> counts = new TreeMap<>();
    counts.put("submissions", (long) submissions.size());
    counts.put("files", (long) a.manifest().size());
    counts.put("passages", a.passages());
    counts.put("tokens", a.tokens());
    counts.put("stances", (long) stances.size());
    counts.put("campaigns", (long) campaigns.campaigns().size());
    counts.put("campaign_members", campaigns.members());
    counts.put("positions", (long) synthesis.positions().size());
    counts.put("synthesis_cells", (long) synthesis.matrix().size());
    counts.put("quotes", (long) synthesis.quotes().size());
    counts.put("overrides_applied", (long) corrections.applied().size());
    counts.put("overrides_rejected", (long) corrections.rejected().size());
    Map<String, Long> statusCounts = new TreeMap<>();
    a.filesByStatus().forEach((k, v) -> statusCounts.put(k.name(), v));
    Map<String, String> versions = new TreeMap<>(BuildVersions.read());
    versions.put("codebook", a.profile().codebook().version());
    versions.put("models", BuildVersions.models());
    Map<String, String> inputs = new TreeMap<>();
    a.manifest().forEach(m -> inputs.put(m.file(), m.sha256()));
    new RunSummary(
        versions.getOrDefault("chorus", "dev"),
        BuildVersions.code(versions),
        a.profile().id(),
        a.startedAt().toString(),
        Duration.between(a.startedAt(), Instant.now()).toMillis() / 1000.0,
        config.input().toString(),
        destination.toString(),
        spark.sparkContext().master(),
        versions,
        counts,
        statusCounts,
        progress.seconds(),
        a.cacheCounts(),
        inputs,
        a.export().problems(),
        "")
        .write(out.resolve("run.json"));
    // Last, from the tables just written: the report shows exactly what they say.
    if (out.isLocalPath()) {
      ChairsReport.Written report = ChairsReport.create().render(out.localPath());
      progress.finish("report", report.index() + (report.missingTables().isEmpty() ? ""
          : " (not in this run: " + String.join(", ", report.missingTables()) + ")"));
    } else {
      // the report reads the tables back from a local folder; copy the run folder and run chorus report
      progress.finish("report", "not rendered for " + out + ": run chorus report --run <local copy>");
    }
    if (out.isLocalPath()) {
      // for notebooks: every CSV table as typed Parquet too; then, last, the byte-order mark for
      // Excel, which the readers above do not expect
      ParquetTables.writeAll(spark, out.localPath());
      if (config.excelCsv()) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(out.localPath())) {
          for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
            RunTable.addBom(csv);
          }
        }
      }
    }
    return new Outcome(out, submissions.size(), a.filesByStatus(), a.passages());
  }

  /**
   * The run of an export whose inputs, settings, overrides, code and models are all those of
   * {@code earlier}, a run published with the same state: its outputs are copied rather than
   * computed again (they would be the same bytes); run.json and the report are this run's own.
   */
  public static Outcome republish(Path earlier, ChorusConfig config, Location destination) throws IOException {
    Instant startedAt = Instant.now();
    StageProgress progress = new StageProgress(2);
    Path out = config.out().localPath();
    java.nio.file.Files.createDirectories(out);
    PublishedRuns.copyOutputs(earlier, out);
    RunSummary before = RunSummary.read(earlier.resolve("run.json"));
    progress.finish("reuse", "inputs, settings, code and models unchanged since " + earlier + ": its outputs copied");
    long contents = before.inputFiles().values().stream().filter(sha -> !sha.isEmpty()).distinct().count();
    Map<String, Long> state = new TreeMap<>(Map.of(
        "extract.hits", contents, "extract.misses", 0L, "annotate.hits", contents, "annotate.misses", 0L));
    before.reusedBy(startedAt.toString(), Duration.between(startedAt, Instant.now()).toMillis() / 1000.0,
            destination.toString(), progress.seconds(), state, earlier.toString())
        .write(config.out().resolve("run.json"));
    ChairsReport.Written report = ChairsReport.create().render(out);
    progress.finish("report", report.index().toString());
    Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
    before.filesByStatus().forEach((status, n) -> byStatus.put(FileStatus.valueOf(status), n));
    return new Outcome(destination, Math.toIntExact(before.counts().getOrDefault("submissions", 0L)), byStatus,
        before.counts().getOrDefault("passages", 0L));
  }

  /** The analysts' overrides.csv, checked against this export and the codebook; none when not set. */
  private Corrections corrections(Analysis a) throws IOException {
    if (config.overridesFile().isEmpty()) {
      return Corrections.none();
    }
    Set<String> ids = a.export().submissions().stream().map(Submission::id).collect(Collectors.toSet());
    Corrections corrections = Corrections.read(Path.of(config.overridesFile()), ids, a.profile());
    for (Corrections.Rejected r : corrections.rejected()) {
      LOG.warn("overrides.csv line {} not applied: {}", r.correction().line(), r.problem());
    }
    return corrections;
  }

  /** Per anonymous submission, the names its metadata gives (organisation), to redact. */
  private static Map<String, List<String>> anonymousNames(Export export) {
    Map<String, List<String>> names = new HashMap<>();
    for (Submission s : export.submissions()) {
      if (s.consent() == Consent.ANONYMOUS) {
        names.put(s.id(), s.organisation().isBlank() ? List.of() : List.of(s.organisation()));
      }
    }
    return names;
  }

  /** The stored text of every evidence passage of the positions, by id: quotes are cut from it. */
  private static Map<String, Passage> evidenceTexts(Dataset<TaggedPassage> tagged, ClusterPositions.Found found) {
    Set<String> ids = found.passages().stream().map(PassagePosition::passageId).collect(Collectors.toCollection(HashSet::new));
    return tagged
        .filter((FilterFunction<TaggedPassage>) t -> ids.contains(t.passage().passageId()))
        .map((MapFunction<TaggedPassage, Passage>) TaggedPassage::passage, encoder(Passage.class))
        .collectAsList().stream()
        .collect(Collectors.toMap(Passage::passageId, Function.identity(), (x, y) -> x));
  }

  // Records are not JavaBeans, so Spark cannot derive columns for them; inside the pipeline they
  // travel as serialized objects, and tables at the edges (passages/) get explicit schemas.
  private static <T> Encoder<T> encoder(Class<T> type) {
    return Encoders.javaSerialization(type);
  }
}
