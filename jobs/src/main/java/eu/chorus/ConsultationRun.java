package eu.chorus;

import static eu.chorus.ops.StageProgress.count;

import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.campaign.DetectCampaigns;
import eu.chorus.classify.AnswerTopics;
import eu.chorus.classify.DependencyNegation;
import eu.chorus.classify.GroupCues;
import eu.chorus.classify.StanceCues;
import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.SubmissionClassifier;
import eu.chorus.classify.SubmissionEvidence;
import eu.chorus.classify.SubmissionRow;
import eu.chorus.classify.SummariseSubmission;
import eu.chorus.classify.TagTopics;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.config.ChorusConfig;
import eu.chorus.correct.Corrections;
import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.ExtractedText;
import eu.chorus.extract.FileStatus;
import eu.chorus.extract.ManifestEntry;
import eu.chorus.extract.QuestionnaireTexts;
import eu.chorus.ingest.Consent;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.Submission;
import eu.chorus.ops.BuildVersions;
import eu.chorus.ops.RunCounts;
import eu.chorus.ops.RunFolder;
import eu.chorus.ops.RunSummary;
import eu.chorus.ops.StageProgress;
import eu.chorus.output.ParquetTables;
import eu.chorus.output.RunOutputs;
import eu.chorus.output.RunTable;
import eu.chorus.passage.OpenStarts;
import eu.chorus.passage.Passage;
import eu.chorus.position.ClusterPositions;
import eu.chorus.position.PassagePosition;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.profile.Stance;
import eu.chorus.report.ChairsReport;
import eu.chorus.state.Fingerprints;
import eu.chorus.state.HashedExport;
import eu.chorus.state.HashedFile;
import eu.chorus.state.IncrementalStages;
import eu.chorus.state.PublishedRuns;
import eu.chorus.state.StateStore;
import eu.chorus.storage.Location;
import eu.chorus.synthesis.AnswerCounts;
import eu.chorus.synthesis.StanceClaims;
import eu.chorus.synthesis.Synthesis;
import eu.chorus.synthesis.TickedStances;
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
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Chorus run, stage by stage: ingest → extract → passages → annotate → classify → campaigns →
 * write → report. Each stage is a small named function in its own package; this class only wires
 * them and reports progress.
 */
public final class ConsultationRun implements AutoCloseable {

  /** What the command line needs to report and choose its exit code. */
  public record Outcome(
      Location out, int submissions, Map<FileStatus, Long> filesByStatus, long passages) {}

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
   * @param inputs the export of config.input(), already read and hashed, or null to read and hash
   *     it here
   */
  public ConsultationRun(
      ChorusConfig config,
      SparkSession spark,
      StateStore state,
      Location destination,
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
      long annotationFailures,
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
    IncrementalStages cached =
        new IncrementalStages(spark, config, state, Fingerprints.of(config, versions));

    HashedExport read = inputs != null ? inputs : HashedExport.read(config.input());
    // A blind run never sees the declared types or the closed answers: not read, used or written.
    Export export = config.blind() ? read.export().blind() : read.export();
    List<HashedFile> hashed = new ArrayList<>(read.files());
    List<ExtractedFile> answers = QuestionnaireTexts.of(export);
    answers.forEach(t -> hashed.add(new HashedFile(t.file(), t.sha256(), "")));
    hashed.sort(Comparator.comparing(h -> h.file().relativePath()));
    progress.finish(
        "ingest",
        count(export.submissions().size())
            + " submissions, "
            + count(export.files().size())
            + " files hashed, "
            + count(answers.size())
            + " questionnaires with free text, "
            + count(export.answers().size())
            + " closed answers, "
            + export.problems().size()
            + " metadata problems");

    List<ManifestEntry> manifest = new ArrayList<>(cached.extract(hashed, answers));
    Set<String> extracted = manifest.stream().map(ManifestEntry::file).collect(Collectors.toSet());
    for (HashedFile h : hashed) {
      if (!extracted.contains(h.file().relativePath())) {
        String reason = h.readable() ? "extraction produced no result" : h.problem();
        manifest.add(
            ManifestEntry.of(
                new ExtractedFile(h.file(), h.sha256(), ExtractedText.quarantined("", reason))));
      }
    }
    manifest.sort(Comparator.comparing(ManifestEntry::file));
    Map<FileStatus, Long> byStatus = byStatus(manifest);
    progress.finish(
        "extract",
        count(manifest.size())
            + " files: "
            + byStatus.get(FileStatus.OK)
            + " ok, "
            + byStatus.get(FileStatus.PARTIAL)
            + " partial, "
            + byStatus.get(FileStatus.QUARANTINED)
            + " quarantined; "
            + cacheLine(cached, "extract"));

    IncrementalStages.Pending pending = cached.split(hashed);
    progress.finish(
        "passages",
        count(pending.count())
            + " new passages from "
            + count(pending.contents().size())
            + " file contents not yet annotated");

    Dataset<AnnotatedPassage> annotated =
        cached
            .annotate(pending, hashed, anonymousNames(export))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long passageCount = annotated.count();
    long tokens =
        passageCount == 0
            ? 0
            : annotated
                .map(
                    (MapFunction<AnnotatedPassage, Long>) a -> (long) a.annotation().tokens(),
                    Encoders.LONG())
                .reduce((ReduceFunction<Long>) Long::sum);
    // A passage CoreNLP threw on is kept, failed: its file becomes PARTIAL in the manifest.
    Map<String, List<String>> failures =
        annotated
            .filter((FilterFunction<AnnotatedPassage>) p -> p.annotation().failed())
            .collectAsList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.passage().file(),
                    Collectors.mapping(p -> p.annotation().failure(), Collectors.toList())));
    long annotationFailures = failures.values().stream().mapToLong(List::size).sum();
    manifest.replaceAll(e -> e.withAnnotationFailures(failures.getOrDefault(e.file(), List.of())));
    byStatus = byStatus(manifest);
    progress.finish(
        "annotate",
        count(passageCount)
            + " passages, "
            + count(tokens)
            + " tokens, "
            + count(annotationFailures)
            + " failed; "
            + cacheLine(cached, "annotate"));

    ConsultationProfile profile = ConsultationProfile.load(config.consultation());
    GroupCues groupCues = GroupCues.load();
    Dataset<TaggedPassage> tagged =
        annotated
            .map(
                new TagTopics(
                    profile.codebook(),
                    StanceCues.load(),
                    groupCues,
                    config.negation().equals(DependencyNegation.DEPENDENCY)
                        ? new DependencyNegation()
                        : null),
                encoder(TaggedPassage.class))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, SubmissionEvidence> evidence =
        tagged
            .groupByKey(
                (MapFunction<TaggedPassage, String>) t -> t.passage().submissionId(),
                Encoders.STRING())
            .mapGroups(new SummariseSubmission(), encoder(SubmissionEvidence.class))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(SubmissionEvidence::submissionId, Function.identity()));
    return new Analysis(
        export,
        manifest,
        byStatus,
        annotated,
        tagged,
        evidence,
        passageCount,
        tokens,
        annotationFailures,
        profile,
        groupCues,
        progress,
        startedAt,
        cached.cacheCounts());
  }

  private static Map<FileStatus, Long> byStatus(List<ManifestEntry> manifest) {
    Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
    for (FileStatus s : FileStatus.values()) {
      byStatus.put(s, manifest.stream().filter(e -> e.status() == s).count());
    }
    return byStatus;
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

  /**
   * The whole run, as its stages: analyse (ingest → extract → passages → annotate → tag), classify,
   * campaigns, positions, synthesis, write, report.
   */
  public Outcome execute() throws IOException {
    Analysis a = analyse(STAGES);
    a.annotated().unpersist();
    Corrections corrections = corrections(a);
    Classified individual = classify(a, corrections);
    DetectCampaigns.Result campaigns = campaigns(a);
    Classified classified = individual.withCampaigns(corrections.campaigns(campaigns.campaignOf()));
    Classified counted = classified.counted();
    OpenStarts openStarts = openStarts(a.tagged());
    ClusterPositions.Found found = positions(a, counted, openStarts);
    Synthesis synthesis = synthesis(a, counted, found, openStarts);
    Location out = config.out();
    write(a, classified, campaigns, corrections, synthesis, found, out);
    summary(a, counts(a, classified, campaigns, corrections, synthesis))
        .write(out.resolve(RunFolder.RUN_JSON));
    report(out, a.progress());
    return new Outcome(out, classified.submissions().size(), a.filesByStatus(), a.passages());
  }

  /**
   * The submissions with their groups and campaigns, and the stances found, after the analysts'
   * corrections. Excluded submissions stay in submissions.csv and stances.csv but count nowhere in
   * the synthesis ({@link #counted()}).
   */
  private record Classified(
      List<SubmissionRow> submissions,
      List<StanceFinding> stances,
      Set<String> excluded,
      Map<String, String> campaignOf) {

    Classified withCampaigns(Map<String, String> campaignOf) {
      List<SubmissionRow> rows =
          submissions.stream()
              .map(
                  r ->
                      r.withCampaign(campaignOf.getOrDefault(r.submission().id(), ""))
                          .withExcluded(excluded.contains(r.submission().id())))
              .toList();
      return new Classified(rows, stances, excluded, campaignOf);
    }

    Classified counted() {
      return new Classified(
          submissions.stream().filter(r -> !r.excluded()).toList(),
          stances.stream().filter(f -> !excluded.contains(f.submissionId())).toList(),
          excluded,
          campaignOf);
    }

    Set<String> ids() {
      return submissions.stream().map(r -> r.submission().id()).collect(Collectors.toSet());
    }
  }

  private Classified classify(Analysis a, Corrections corrections) {
    List<SubmissionRow> submissions = new ArrayList<>();
    List<StanceFinding> stances = new ArrayList<>();
    SubmissionClassifier classifier =
        SubmissionClassifier.load(
            a.profile(), a.groupCues(), config.ignoreDeclared(), config.overrideDeclaredAbove());
    for (Submission s : a.export().submissions()) {
      SubmissionEvidence e = a.evidence().getOrDefault(s.id(), SubmissionEvidence.none(s.id()));
      submissions.add(new SubmissionRow(s, classifier.group(s, e), e));
      stances.addAll(classifier.stances(e));
    }
    a.progress()
        .finish(
            "classify",
            count(submissions.size())
                + " submissions, "
                + count(stances.size())
                + " topic findings, "
                + submissions.stream().filter(r -> r.group().conflict()).count()
                + " group conflicts");
    submissions.replaceAll(r -> r.withGroup(corrections.group(r.submission().id(), r.group())));
    return new Classified(
        submissions, corrections.stances(stances), corrections.excluded(), Map.of());
  }

  private DetectCampaigns.Result campaigns(Analysis a) {
    DetectCampaigns.Result campaigns =
        new DetectCampaigns(config.campaigns()).applyAcrossLanguages(a.tagged());
    a.progress()
        .finish(
            "campaigns",
            count(campaigns.campaigns().size())
                + " campaigns, "
                + count(campaigns.members())
                + " members ("
                + count(campaigns.translatedMembers())
                + " translated), "
                + count(campaigns.pairs())
                + " of "
                + count(campaigns.candidatePairs())
                + " candidate pairs verified");
    return campaigns;
  }

  /**
   * The passages that open mid-sentence (PDFs that give each printed line as a paragraph): quotes
   * and claims start after their first sentence.
   */
  private static OpenStarts openStarts(Dataset<TaggedPassage> tagged) {
    return OpenStarts.of(
        tagged
            .map(
                (MapFunction<TaggedPassage, OpenStarts.Edge>) t -> OpenStarts.Edge.of(t.passage()),
                encoder(OpenStarts.Edge.class))
            .collectAsList());
  }

  /**
   * The topics the questions of the questionnaire answers name: an answer is evidence on them, and
   * may be quoted there, whether or not it names them itself.
   */
  private static AnswerTopics answerTopics(Dataset<TaggedPassage> tagged) {
    return AnswerTopics.of(
        tagged
            .flatMap(
                (FlatMapFunction<TaggedPassage, AnswerTopics.Line>)
                    t -> AnswerTopics.Line.of(t).stream().iterator(),
                encoder(AnswerTopics.Line.class))
            .collectAsList());
  }

  private ClusterPositions.Found positions(Analysis a, Classified counted, OpenStarts openStarts) {
    AnswerTopics answers = answerTopics(a.tagged());
    ClusterPositions.Found found =
        new ClusterPositions(config.positions(), StanceClaims.load(a.profile().codebook()))
            .find(a.tagged(), counted.stances(), openStarts, answers);
    a.progress()
        .finish(
            "positions",
            count(found.positions().size())
                + " positions from "
                + count(found.passages().size())
                + " evidence passages, "
                + count(found.vocabulary())
                + " terms; "
                + count(openStarts.size())
                + " passages open mid-sentence, quoted and claimed after their first; "
                + count(answers.size())
                + " questionnaire answers read on their question's topics");
    return found;
  }

  private Synthesis synthesis(
      Analysis a, Classified counted, ClusterPositions.Found found, OpenStarts openStarts) {
    Synthesis synthesis =
        Synthesis.of(
            a.profile(),
            counted.submissions(),
            counted.stances(),
            found,
            evidenceTexts(a.tagged(), found),
            counted.campaignOf(),
            ticked(a, counted.ids()),
            config.quoteMinConfidence(),
            openStarts);
    a.progress()
        .finish(
            "synthesis",
            count(synthesis.matrix().size())
                + " topic × group cells, "
                + count(synthesis.quotes().size())
                + " quotes");
    return synthesis;
  }

  /**
   * What the respondents ticked on the closed questions, by submission and topic, for these
   * submissions.
   */
  private static Map<String, Map<String, Stance>> ticked(Analysis a, Set<String> submissions) {
    Map<String, Map<String, Stance>> ticked = TickedStances.of(a.export().answers(), a.profile());
    ticked.keySet().retainAll(submissions);
    return ticked;
  }

  private void write(
      Analysis a,
      Classified classified,
      DetectCampaigns.Result campaigns,
      Corrections corrections,
      Synthesis synthesis,
      ClusterPositions.Found found,
      Location out)
      throws IOException {
    Map<String, String> groupOf = new HashMap<>();
    classified
        .submissions()
        .forEach(r -> groupOf.put(r.submission().id(), r.group().group().code()));
    List<String> written =
        new RunOutputs(spark, out)
            .write(
                new RunOutputs.Tables(
                    a.manifest(),
                    classified.submissions(),
                    classified.stances(),
                    ticked(a, classified.ids()),
                    a.export().answers(),
                    AnswerCounts.of(a.export().answers(), groupOf, a.profile()),
                    campaigns.campaigns(),
                    synthesis,
                    corrections,
                    !config.overridesFile().isEmpty(),
                    found.passages(),
                    a.tagged()));
    a.tagged().unpersist();
    a.progress().finish("write", String.join(", ", written) + " in " + out);
  }

  private static RunCounts counts(
      Analysis a,
      Classified classified,
      DetectCampaigns.Result campaigns,
      Corrections corrections,
      Synthesis synthesis) {
    return new RunCounts(
        classified.submissions().size(),
        a.manifest().size(),
        a.passages(),
        a.tokens(),
        a.annotationFailures(),
        classified.stances().size(),
        campaigns.campaigns().size(),
        campaigns.members(),
        synthesis.positions().size(),
        synthesis.matrix().size(),
        synthesis.quotes().size(),
        corrections.applied().size(),
        corrections.rejected().size());
  }

  private RunSummary summary(Analysis a, RunCounts counts) {
    Map<String, Long> statusCounts = new TreeMap<>();
    a.filesByStatus().forEach((k, v) -> statusCounts.put(k.name(), v));
    Map<String, String> versions = new TreeMap<>(BuildVersions.read());
    versions.put("codebook", a.profile().codebook().version());
    versions.put("models", BuildVersions.models());
    Map<String, String> inputs = new TreeMap<>();
    a.manifest().forEach(m -> inputs.put(m.file(), m.sha256()));
    return RunSummary.computed(
        new RunSummary.Provenance(
            versions.getOrDefault("chorus", "dev"),
            BuildVersions.code(versions),
            a.profile().id(),
            spark.sparkContext().master(),
            versions),
        new RunSummary.Inputs(
            config.input().toString(),
            destination.toString(),
            inputs,
            a.export().problems(),
            statusCounts),
        new RunSummary.Timing(
            a.startedAt().toString(),
            Duration.between(a.startedAt(), Instant.now()).toMillis() / 1000.0,
            a.progress().seconds()),
        counts,
        a.cacheCounts());
  }

  /**
   * Last, from the tables just written, the report (it shows exactly what they say); then, for
   * notebooks, every CSV table as typed Parquet too; then the byte-order mark for Excel, which the
   * readers above do not expect.
   */
  private void report(Location out, StageProgress progress) throws IOException {
    if (!out.isLocalPath()) {
      // the report reads the tables back from a local folder; copy the run folder and run chorus
      // report
      progress.finish(
          "report", "not rendered for " + out + ": run chorus report --run <local copy>");
      return;
    }
    ChairsReport.Written report = ChairsReport.create().render(out.localPath());
    progress.finish(
        "report",
        report.index()
            + (report.missingTables().isEmpty()
                ? ""
                : " (not in this run: " + String.join(", ", report.missingTables()) + ")"));
    ParquetTables.writeAll(spark, out.localPath());
    if (config.excelCsv()) {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(out.localPath())) {
        for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
          RunTable.addBom(csv);
        }
      }
    }
  }

  /**
   * The run of an export whose inputs, settings, overrides, code and models are all those of {@code
   * earlier}, a run published with the same state: its outputs are copied rather than computed
   * again (they would be the same bytes); run.json and the report are this run's own.
   */
  public static Outcome republish(Path earlier, ChorusConfig config, Location destination)
      throws IOException {
    Instant startedAt = Instant.now();
    StageProgress progress = new StageProgress(2);
    Path out = config.out().localPath();
    java.nio.file.Files.createDirectories(out);
    PublishedRuns.copyOutputs(earlier, out);
    RunSummary before = RunSummary.read(earlier.resolve(RunFolder.RUN_JSON));
    progress.finish(
        "reuse",
        "inputs, settings, code and models unchanged since " + earlier + ": its outputs copied");
    long contents =
        before.inputFiles().values().stream().filter(sha -> !sha.isEmpty()).distinct().count();
    Map<String, Long> state =
        new TreeMap<>(
            Map.of(
                "extract.hits",
                contents,
                "extract.misses",
                0L,
                "annotate.hits",
                contents,
                "annotate.misses",
                0L));
    RunSummary.Timing timing =
        new RunSummary.Timing(
            startedAt.toString(),
            Duration.between(startedAt, Instant.now()).toMillis() / 1000.0,
            progress.seconds());
    before
        .reusedBy(timing, destination.toString(), state, earlier.toString())
        .write(config.out().resolve(RunFolder.RUN_JSON));
    ChairsReport.Written report = ChairsReport.create().render(out);
    progress.finish("report", report.index().toString());
    Map<FileStatus, Long> byStatus = new EnumMap<>(FileStatus.class);
    before.filesByStatus().forEach((status, n) -> byStatus.put(FileStatus.valueOf(status), n));
    return new Outcome(
        destination,
        Math.toIntExact(before.counts().submissions()),
        byStatus,
        before.counts().passages());
  }

  /**
   * The analysts' overrides.csv, checked against this export and the codebook; none when not set.
   */
  private Corrections corrections(Analysis a) throws IOException {
    if (config.overridesFile().isEmpty()) {
      return Corrections.none();
    }
    Set<String> ids =
        a.export().submissions().stream().map(Submission::id).collect(Collectors.toSet());
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
  private static Map<String, Passage> evidenceTexts(
      Dataset<TaggedPassage> tagged, ClusterPositions.Found found) {
    Set<String> ids =
        found.passages().stream()
            .map(PassagePosition::passageId)
            .collect(Collectors.toCollection(HashSet::new));
    return tagged
        .filter((FilterFunction<TaggedPassage>) t -> ids.contains(t.passage().passageId()))
        .map((MapFunction<TaggedPassage, Passage>) TaggedPassage::passage, encoder(Passage.class))
        .collectAsList()
        .stream()
        .collect(Collectors.toMap(Passage::passageId, Function.identity(), (x, y) -> x));
  }

  // Records are not JavaBeans, so Spark cannot derive columns for them; inside the pipeline they
  // travel as serialized objects, and tables at the edges (passages/) get explicit schemas.
  private static <T> Encoder<T> encoder(Class<T> type) {
    return Encoders.javaSerialization(type);
  }
}
