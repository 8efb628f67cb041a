import eu.chorus.campaign.Campaign;
import eu.chorus.campaign.CampaignGrouping;
import eu.chorus.campaign.MinHashBands;
import eu.chorus.campaign.Shingles;
import eu.chorus.campaign.SimilarPair;
import eu.chorus.campaign.SubmissionShingles;
import eu.chorus.ops.SparkSessions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Campaign LSH compared: Chorus's MinHash bands ({@link MinHashBands}) against Spark MLlib's {@link
 * MinHashLSH} (approxSimilarityJoin), on the same shingle sets.
 *
 * <p>Input: a folder as TikaFloor writes it (files.tsv and text/NNNNN.txt, one text per file of the
 * export, row i of files.tsv = text i). A submission is the files under one CP-xxxx folder; its
 * words are those of its files' texts in files.tsv order, and its shingle set is built with
 * Chorus's own {@link Shingles} (5-word shingles as 64-bit hashes, as {@code campaign.*}). As in
 * DetectCampaigns, only submissions of at least MIN_WORDS words take part.
 *
 * <ul>
 *   <li>truth: the exact Jaccard similarity of every pair, pairs at or above MIN_SIMILARITY;
 *   <li>bands: MinHashBands(60, 3, seed) signatures, candidates, exact Jaccard of each candidate
 *       (what DetectCampaigns does, seed 20240918 first);
 *   <li>mllib: each set as a sparse binary vector of 2^BITS indexes (hash mod 2^BITS),
 *       MinHashLSH(numHashTables, seed), approxSimilarityJoin(df, df, 1 - MIN_SIMILARITY + 1e-9) on
 *       a local Spark session (Chorus's SparkSessions settings), pairs i < j, then the exact
 *       Jaccard of the 64-bit sets (the same verification as the bands). The 1e-9: MLlib keeps
 *       distance &lt; threshold, Chorus keeps similarity &gt;= 0.48.
 * </ul>
 *
 * Both ways end in CampaignGrouping (connected components), compared with the truth's groups. Times
 * are of the work from the shingle sets to the campaigns (signatures or vectors included; the
 * session start is timed apart). A first pass of every method (seed 0) warms the JIT and Spark and
 * is recorded apart (pass "warmup"). Prints a table; appends one line per run to TSV.
 *
 * <p>Usage: {@code LshCompare TEXT_ROOT TSV FIGURE MASTER TABLES SEEDS} (TABLES e.g. 5,10,20; SEEDS
 * e.g. 20240918,1,2: each method runs once per seed, in that order). {@code -Dlsh.bits=K} sets the
 * vectors' 2^K indexes (22), {@code -Dlsh.partitions=N} the shuffle partitions (16, as Chorus),
 * {@code -Dlsh.commit} the commit written to the TSV.
 */
public final class LshCompare {

  private static final int SHINGLE_WORDS = 5;
  private static final int MIN_WORDS = 100;
  private static final double MIN_SIMILARITY = 0.48;
  private static final int BANDS = 60;
  private static final int ROWS = 3;
  private static final int BITS = Integer.getInteger("lsh.bits", 22);

  record Outcome(
      String method,
      long seed,
      double seconds,
      long candidates,
      List<SimilarPair> pairs,
      List<Campaign> campaigns) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: LshCompare TEXT_ROOT TSV FIGURE MASTER TABLES SEEDS");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path tsv = Path.of(args[1]);
    String figure = args[2];
    String master = args[3];
    int[] tables = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
    long[] seeds = Arrays.stream(args[5].split(",")).mapToLong(Long::parseLong).toArray();

    long t0 = System.nanoTime();
    Map<String, List<String>> wordsOf = readSubmissions(root);
    List<SubmissionShingles> all = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : wordsOf.entrySet()) {
      long[] shingles = Shingles.hashed(e.getValue(), SHINGLE_WORDS);
      all.add(new SubmissionShingles(e.getKey(), e.getValue().size(), shingles, new long[0]));
    }
    List<SubmissionShingles> texts =
        all.stream()
            .filter(t -> t.words() >= MIN_WORDS)
            .sorted(Comparator.comparing(SubmissionShingles::submissionId))
            .toList();
    System.out.printf(
        Locale.ROOT,
        "%d submissions, %d with at least %d words; texts read and shingled in %.2f s%n",
        all.size(),
        texts.size(),
        MIN_WORDS,
        seconds(t0));

    t0 = System.nanoTime();
    List<SimilarPair> truth = allPairs(texts);
    double truthSeconds = seconds(t0);
    List<Campaign> truthGroups = group(truth, texts);
    long n = texts.size();
    System.out.printf(
        Locale.ROOT,
        "truth: %d pairs of %d at or above %.2f (all pairs compared in %.2f s); campaigns %s%n",
        truth.size(),
        n * (n - 1) / 2,
        MIN_SIMILARITY,
        truthSeconds,
        sizes(truthGroups));
    System.out.printf(
        Locale.ROOT,
        "(all %d submissions, short ones included: %d pairs at or above %.2f)%n",
        all.size(),
        allPairs(all).size(),
        MIN_SIMILARITY);
    collisions(texts, truth);

    t0 = System.nanoTime();
    SparkSession spark = SparkSessions.start(master);
    spark.sparkContext().setLogLevel("WARN");
    String partitions = System.getProperty("lsh.partitions");
    if (partitions != null) {
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
    }
    double sessionSeconds = seconds(t0);
    System.out.printf(
        Locale.ROOT,
        "Spark session (%s, %s shuffle partitions) started in %.2f s%n",
        master,
        spark.conf().get("spark.sql.shuffle.partitions"),
        sessionSeconds);

    // A first pass of each method (seed 0) so that the runs compared do not carry the JIT's and
    // Spark's first-job costs; it is printed and recorded apart, as pass "warmup".
    List<Outcome> warmup = new ArrayList<>();
    warmup.add(bands(texts, 0));
    for (int t : tables) {
      warmup.add(mllib(spark, texts, t, 0));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (long seed : seeds) {
      outcomes.add(bands(texts, seed));
      for (int t : tables) {
        outcomes.add(mllib(spark, texts, t, seed));
      }
    }
    spark.stop();

    Set<String> truthKeys = keys(truth);
    String commit = System.getProperty("lsh.commit", "unknown");
    String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    boolean header = !Files.exists(tsv);
    try (Writer w =
        Files.newBufferedWriter(
            tsv, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (header) {
        w.write(
            "figure\tpass\tmethod\tseed\twall_s\tcandidates\tpairs_found\trecall\tfalse_pairs"
                + "\tgroups_same\tpairs_true\tsubmissions\tsession_s\tcommit\tdate\n");
      }
      System.out.println();
      System.out.println(
          row("pass method seed wall_s candidates pairs recall false groups".split(" ")));
      List<Outcome> every = new ArrayList<>(warmup);
      every.addAll(outcomes);
      for (int k = 0; k < every.size(); k++) {
        Outcome o = every.get(k);
        Set<String> found = keys(o.pairs());
        long hit = found.stream().filter(truthKeys::contains).count();
        boolean same = members(o.campaigns()).equals(members(truthGroups));
        String[] cells = {
          k < warmup.size() ? "warmup" : "timed",
          o.method(),
          Long.toString(o.seed()),
          String.format(Locale.ROOT, "%.3f", o.seconds()),
          Long.toString(o.candidates()),
          Integer.toString(found.size()),
          String.format(Locale.ROOT, "%.4f", truth.isEmpty() ? 1 : (double) hit / truth.size()),
          Long.toString(found.size() - hit),
          Boolean.toString(same)
        };
        System.out.println(row(cells));
        w.write(
            String.join(
                    "\t",
                    figure,
                    String.join("\t", cells),
                    Integer.toString(truth.size()),
                    Integer.toString(texts.size()),
                    String.format(Locale.ROOT, "%.2f", sessionSeconds),
                    commit,
                    date)
                + "\n");
        if (!same) {
          System.out.println("  campaigns " + sizes(o.campaigns()));
        }
      }
    }
  }

  /** One line of the printed table: each cell left-aligned in 12 columns. */
  private static String row(String... cells) {
    return Arrays.stream(cells)
        .map(c -> String.format(Locale.ROOT, "%-12s", c))
        .collect(Collectors.joining())
        .stripTrailing();
  }

  /** Per submission id (CP-xxxx, the file's top folder), the words of its texts in file order. */
  private static Map<String, List<String>> readSubmissions(Path root) throws IOException {
    Map<String, List<String>> words = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(root.resolve("files.tsv"))) {
      in.readLine();
      String line;
      int i = 0;
      while ((line = in.readLine()) != null) {
        String file = line.split("\t", -1)[0];
        String id = file.substring(0, file.indexOf('/'));
        List<String> own = words.computeIfAbsent(id, k -> new ArrayList<>());
        Path text = root.resolve("text").resolve(String.format(Locale.ROOT, "%05d.txt", i++));
        if (Files.exists(text)) {
          own.addAll(Shingles.words(Files.readString(text, StandardCharsets.UTF_8)));
        }
      }
    }
    return words;
  }

  /** The exact Jaccard similarity of every pair; pairs at or above the threshold. */
  private static List<SimilarPair> allPairs(List<SubmissionShingles> texts) {
    List<SubmissionShingles> sorted =
        texts.stream().sorted(Comparator.comparing(SubmissionShingles::submissionId)).toList();
    List<SimilarPair> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        double s = sorted.get(i).similarity(sorted.get(j));
        if (s >= MIN_SIMILARITY) {
          pairs.add(new SimilarPair(sorted.get(i).submissionId(), sorted.get(j).submissionId(), s));
        }
      }
    }
    return pairs;
  }

  /** Chorus's way: MinHash bands propose, exact Jaccard decides, pairs group. */
  private static Outcome bands(List<SubmissionShingles> texts, long seed) {
    long t0 = System.nanoTime();
    MinHashBands lsh = new MinHashBands(BANDS, ROWS, seed);
    List<long[]> signatures = texts.stream().map(t -> lsh.signature(t.shingles())).toList();
    List<int[]> candidates = lsh.candidates(signatures);
    List<SimilarPair> verified = new ArrayList<>();
    for (int[] c : candidates) {
      verify(texts.get(c[0]), texts.get(c[1]), verified);
    }
    List<Campaign> campaigns = group(verified, texts);
    return new Outcome("bands-60x3", seed, seconds(t0), candidates.size(), verified, campaigns);
  }

  /** MLlib's way: binary vectors, MinHashLSH, approxSimilarityJoin, the same exact verification. */
  private static Outcome mllib(
      SparkSession spark, List<SubmissionShingles> texts, int numHashTables, long seed) {
    long t0 = System.nanoTime();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(i, vector(texts.get(i).shingles())));
    }
    StructType schema =
        new StructType(
            new StructField[] {
              new StructField("id", DataTypes.IntegerType, false, Metadata.empty()),
              new StructField("features", SQLDataTypes.VectorType(), false, Metadata.empty())
            });
    Dataset<Row> df = spark.createDataFrame(rows, schema);
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(numHashTables)
            .setSeed(seed)
            .setInputCol("features")
            .setOutputCol("hashes")
            .fit(df);
    double fitted = seconds(t0);
    List<Row> joined =
        model
            .approxSimilarityJoin(df, df, 1 - MIN_SIMILARITY + 1e-9, "distance")
            .selectExpr("datasetA.id AS a", "datasetB.id AS b")
            .where("a < b")
            .collectAsList();
    double join = seconds(t0) - fitted;
    List<SimilarPair> verified = new ArrayList<>();
    for (Row r : joined) {
      verify(texts.get(r.getInt(0)), texts.get(r.getInt(1)), verified);
    }
    List<Campaign> campaigns = group(verified, texts);
    double wall = seconds(t0);
    // Outside the time: the pairs sharing a bucket in some table (MLlib's join candidates, before
    // its distance filter), from the same model's hashes.
    long candidates = bucketPairs(model.transform(df).select("id", "hashes").collectAsList());
    System.out.printf(
        Locale.ROOT,
        "mllib-%d seed %d: vectors and fit %.2f s, join and collect %.2f s; %d pairs from the"
            + " join (distance < %.2f on the 2^%d vectors)%n",
        numHashTables,
        seed,
        fitted,
        join,
        joined.size(),
        1 - MIN_SIMILARITY,
        BITS);
    return new Outcome("mllib-" + numHashTables, seed, wall, candidates, verified, campaigns);
  }

  private static void verify(SubmissionShingles a, SubmissionShingles b, List<SimilarPair> out) {
    double s = a.similarity(b);
    if (s >= MIN_SIMILARITY) {
      out.add(new SimilarPair(a.submissionId(), b.submissionId(), s));
    }
  }

  /** A shingle set as a sparse binary vector: index = hash mod 2^BITS (low bits). */
  private static Vector vector(long[] shingles) {
    int[] indexes =
        Arrays.stream(shingles)
            .mapToInt(h -> (int) (h & ((1L << BITS) - 1)))
            .sorted()
            .distinct()
            .toArray();
    double[] ones = new double[indexes.length];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(1 << BITS, indexes, ones);
  }

  private static long bucketPairs(List<Row> hashed) {
    Set<Long> pairs = new HashSet<>();
    long n = hashed.size();
    int tables = hashed.get(0).<Vector>getList(1).size();
    for (int t = 0; t < tables; t++) {
      Map<Double, List<Integer>> buckets = new HashMap<>();
      for (Row r : hashed) {
        double h = r.<Vector>getList(1).get(t).apply(0);
        buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(r.getInt(0));
      }
      for (List<Integer> b : buckets.values()) {
        for (int x = 0; x < b.size(); x++) {
          for (int y = x + 1; y < b.size(); y++) {
            int i = Math.min(b.get(x), b.get(y));
            int j = Math.max(b.get(x), b.get(y));
            pairs.add(i * n + j);
          }
        }
      }
    }
    return pairs.size();
  }

  /** What hashing the 64-bit shingle hashes down to 2^BITS indexes does to the sets. */
  private static void collisions(List<SubmissionShingles> texts, List<SimilarPair> truth) {
    long mask = (1L << BITS) - 1;
    Set<Long> distinct = new HashSet<>();
    Set<Long> indexes = new HashSet<>();
    long shrunk = 0;
    long lost = 0;
    Map<String, long[]> folded = new LinkedHashMap<>();
    for (SubmissionShingles t : texts) {
      long[] f = Arrays.stream(t.shingles()).map(h -> h & mask).sorted().distinct().toArray();
      folded.put(t.submissionId(), f);
      Arrays.stream(t.shingles()).forEach(distinct::add);
      Arrays.stream(f).forEach(indexes::add);
      if (f.length < t.shingles().length) {
        shrunk++;
        lost += t.shingles().length - f.length;
      }
    }
    double maxDiff = 0;
    long flipped = 0;
    long changed = 0;
    List<String> ids = new ArrayList<>(folded.keySet());
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        double exact = texts.get(i).similarity(texts.get(j));
        double f = Shingles.jaccard(folded.get(ids.get(i)), folded.get(ids.get(j)));
        if (f != exact) {
          changed++;
          maxDiff = Math.max(maxDiff, Math.abs(f - exact));
        }
        if ((f >= MIN_SIMILARITY) != (exact >= MIN_SIMILARITY)) {
          flipped++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "2^%d indexes: %d distinct shingles fold to %d indexes (%d collisions); %d texts lose %d"
            + " shingles to a collision within the text; %d pairs change similarity (at most by"
            + " %.2e), %d cross %.2f%n",
        BITS,
        distinct.size(),
        indexes.size(),
        distinct.size() - indexes.size(),
        shrunk,
        lost,
        changed,
        maxDiff,
        flipped,
        MIN_SIMILARITY);
  }

  private static List<Campaign> group(List<SimilarPair> pairs, List<SubmissionShingles> texts) {
    Map<String, SubmissionShingles> byId = new HashMap<>();
    texts.forEach(t -> byId.put(t.submissionId(), t));
    List<SimilarPair> sorted =
        pairs.stream()
            .sorted(Comparator.comparing(SimilarPair::a).thenComparing(SimilarPair::b))
            .toList();
    return CampaignGrouping.group(sorted, (a, b) -> byId.get(a).similarity(byId.get(b)));
  }

  private static Set<String> keys(List<SimilarPair> pairs) {
    return pairs.stream().map(p -> p.a() + " " + p.b()).collect(Collectors.toSet());
  }

  private static List<List<String>> members(List<Campaign> campaigns) {
    return campaigns.stream().map(Campaign::members).toList();
  }

  private static String sizes(List<Campaign> campaigns) {
    return campaigns.stream().map(c -> String.valueOf(c.size())).collect(Collectors.joining(", "))
        + " members";
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
