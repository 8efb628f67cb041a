package eu.chorus.state;

import eu.chorus.annotate.AnnotatePassages;
import eu.chorus.annotate.AnnotatedPassage;
import eu.chorus.annotate.RedactPassages;
import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.ExtractFiles;
import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.ManifestEntry;
import eu.chorus.ingest.InputFile;
import eu.chorus.passage.PassageRow;
import eu.chorus.passage.SplitPassages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extraction and annotation through the state's caches: only file contents without a result under
 * the current fingerprint are extracted and annotated, in batches of {@code state.batchFiles}
 * files, each committed to the state as soon as it is done; everything downstream reads the results
 * of every file back from the caches.
 */
public final class IncrementalStages {

  private static final Logger LOG = LoggerFactory.getLogger("eu.chorus.progress");

  private final SparkSession spark;
  private final ChorusConfig config;
  private final int partitions;
  private final CachedStage extractCache;
  private final CachedStage annotationCache;
  private final Map<String, Long> cacheCounts = new TreeMap<>();

  public IncrementalStages(
      SparkSession spark, ChorusConfig config, StateStore state, Fingerprints fingerprints)
      throws IOException {
    this.spark = spark;
    this.config = config;
    this.partitions = spark.sparkContext().defaultParallelism() * config.partitionsPerCore();
    this.extractCache =
        state.stage(ExtractCache.STAGE, fingerprints.extraction(), ExtractCache.SCHEMA);
    this.annotationCache =
        state.stage(AnnotationCache.STAGE, fingerprints.annotation(), AnnotationCache.SCHEMA);
  }

  /** Hits and misses per stage ({@code extract.hits}, ..., counted in distinct file contents). */
  public Map<String, Long> cacheCounts() {
    return Map.copyOf(cacheCounts);
  }

  /**
   * Extracts the contents not yet in the cache, then returns the manifest entry of every readable
   * file (a file whose extraction did not produce a cache row is absent: the caller quarantines
   * it).
   *
   * @param texts texts that need no extraction (questionnaire answers), among {@code files} too
   */
  public List<ManifestEntry> extract(List<HashedFile> files, List<ExtractedFile> texts)
      throws IOException {
    Set<String> cached = new HashSet<>(extractCache.keys(spark));
    Map<String, Row> newTexts = new TreeMap<>();
    texts.stream()
        .filter(t -> !cached.contains(t.sha256()))
        .forEach(t -> newTexts.putIfAbsent(t.sha256(), ExtractCache.toRow(t)));
    if (!newTexts.isEmpty()) {
      extractCache.commit(
          spark
              .createDataFrame(new ArrayList<>(newTexts.values()), ExtractCache.SCHEMA)
              .repartition(1));
      cached.addAll(newTexts.keySet());
    }
    Map<String, InputFile> todo = new TreeMap<>();
    Set<String> contents = new HashSet<>();
    for (HashedFile h : files) {
      if (h.readable()) {
        contents.add(h.sha256());
        if (!cached.contains(h.sha256())) {
          todo.putIfAbsent(h.sha256(), h.file());
        }
      }
    }
    record("extract", contents.size() - todo.size(), todo.size());
    // Largest first, one file per task: a core that finishes a file takes the next one, so a
    // long scan or a 300-page PDF starts early instead of holding up the end of its batch.
    List<InputFile> ordered = new ArrayList<>(todo.values());
    ordered.sort(
        java.util.Comparator.comparingLong(InputFile::bytes)
            .reversed()
            .thenComparing(InputFile::relativePath));
    List<List<InputFile>> batches = batches(ordered);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long started = System.nanoTime();
    for (int i = 0; i < batches.size(); i++) {
      List<InputFile> batch = batches.get(i);
      extractCache.commit(
          spark
              .createDataset(
                  context.parallelize(batch, batch.size()).rdd(), encoder(InputFile.class))
              .map(new ExtractFiles(config.extraction()), encoder(ExtractedFile.class))
              .filter((FilterFunction<ExtractedFile>) f -> !f.sha256().isEmpty())
              .map(
                  (MapFunction<ExtractedFile, Row>) ExtractCache::toRow,
                  Encoders.row(ExtractCache.SCHEMA))
              // One Parquet file per batch: written per task, each file cost a Hadoop
              // configuration,
              // a writer and a commit, and reading the cache back listed and opened every one of
              // them.
              .repartition(1));
      batchDone("extract", i, batches.size(), batch.size(), started);
    }
    // Straight from the cache's rows: the texts are only measured here, never serialised as
    // objects.
    return FilesTable.of(spark, files)
        .join(extractCache.read(spark), CachedStage.KEY)
        .map(
            (MapFunction<Row, ManifestEntry>)
                r -> ManifestEntry.of(ExtractCache.toExtractedFile(r)),
            encoder(ManifestEntry.class))
        .collectAsList();
  }

  /**
   * The contents still to annotate, split into passages (under stand-in ids, see
   * ExtractCache#byContent).
   */
  public Pending split(List<HashedFile> files) throws IOException {
    Set<String> annotated = annotationCache.keys(spark);
    Set<String> contents = new TreeSet<>();
    files.stream().filter(HashedFile::readable).forEach(h -> contents.add(h.sha256()));
    List<String> todo = contents.stream().filter(sha -> !annotated.contains(sha)).toList();
    record("annotate", contents.size() - todo.size(), todo.size());
    if (todo.isEmpty()) {
      return new Pending(todo, spark.createDataFrame(List.of(), PassageRow.SCHEMA), 0);
    }
    SplitPassages split =
        new SplitPassages(
            config.passageMaxChars(), config.passageJoinPrintedLines(), config.languageMinChars());
    Dataset<Row> passages =
        extractCache
            .read(spark)
            .filter(functions.col(CachedStage.KEY).isin(todo.toArray()))
            // Shuffled as the cache's rows: the texts cross it without Java serialisation.
            .repartition(Math.max(1, Math.min(todo.size(), partitions)))
            .flatMap(
                (FlatMapFunction<Row, Row>)
                    r -> {
                      List<Row> rows = new ArrayList<>();
                      split
                          .call(ExtractCache.byContent(r))
                          .forEachRemaining(p -> rows.add(PassageRow.of(p)));
                      return rows.iterator();
                    },
                Encoders.row(PassageRow.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new Pending(todo, passages, passages.count());
  }

  /**
   * Passages of the contents not yet annotated, as {@link PassageRow} rows (so that each batch
   * selects its own by a column instead of deserialising every passage of the run); their
   * submission id is the content hash.
   */
  public record Pending(List<String> contents, Dataset<Row> passages, long count) {}

  /**
   * Annotates the pending passages batch by batch (committing each), then returns the passages of
   * every file under their real ids, redacted for anonymous respondents.
   */
  public Dataset<AnnotatedPassage> annotate(
      Pending pending, List<HashedFile> files, Map<String, List<String>> anonymousNames)
      throws IOException {
    if (!pending.contents().isEmpty()) {
      Set<String> withPassages =
          new HashSet<>(
              pending
                  .passages()
                  .select("submission_id")
                  .distinct()
                  .as(Encoders.STRING())
                  .collectAsList());
      AnnotatePassages annotator = new AnnotatePassages(config.corenlpProperties(), Map.of());
      List<List<String>> batches = batches(pending.contents());
      long started = System.nanoTime();
      for (int i = 0; i < batches.size(); i++) {
        Set<String> batch = new HashSet<>(batches.get(i));
        Dataset<Row> passages =
            pending
                .passages()
                .filter(functions.col("submission_id").isin(batch.toArray()))
                .repartition(partitions)
                .map(
                    (MapFunction<Row, Row>)
                        r -> AnnotationCache.keyedPassage(annotator.call(PassageRow.passage(r))),
                    Encoders.row(AnnotationCache.KEYED_PASSAGE));
        Dataset<Row> rows = AnnotationCache.byContent(passages);
        List<Row> empty =
            batch.stream()
                .filter(sha -> !withPassages.contains(sha))
                .map(AnnotationCache::empty)
                .toList();
        annotationCache.commit(rows.union(spark.createDataFrame(empty, AnnotationCache.SCHEMA)));
        batchDone("annotate", i, batches.size(), batch.size(), started);
      }
    }
    pending.passages().unpersist();
    RedactPassages redaction = new RedactPassages(anonymousNames);
    // Read back and redacted in one pass: every passage is serialised once, already redacted.
    return FilesTable.of(spark, files)
        .join(annotationCache.read(spark), CachedStage.KEY)
        .flatMap(
            (FlatMapFunction<Row, AnnotatedPassage>)
                r -> redaction.all(AnnotationCache.passages(r)),
            encoder(AnnotatedPassage.class));
  }

  private void record(String stage, long hits, long misses) {
    cacheCounts.put(stage + ".hits", hits);
    cacheCounts.put(stage + ".misses", misses);
    LOG.info("{}: {} file contents cached, {} to do", stage, hits, misses);
  }

  private static void batchDone(String stage, int index, int batches, int files, long started) {
    LOG.info(
        String.format(
            Locale.ROOT,
            "      %s batch %d/%d committed: %d file contents  (%.1f s)",
            stage,
            index + 1,
            batches,
            files,
            (System.nanoTime() - started) / 1e9));
  }

  private <T> List<List<T>> batches(List<T> all) {
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < all.size(); from += config.stateBatchFiles()) {
      batches.add(all.subList(from, Math.min(all.size(), from + config.stateBatchFiles())));
    }
    return batches;
  }

  private static <T> Encoder<T> encoder(Class<T> type) {
    return Encoders.javaSerialization(type);
  }
}
