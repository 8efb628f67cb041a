import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.classify.DependencyNegation;
import eu.chorus.classify.StanceCues;
import eu.chorus.evaluate.Labels;
import eu.chorus.evaluate.RespondentSplit;
import eu.chorus.ingest.ExportReader;
import eu.chorus.profile.ConsultationProfile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * What CoreNLP's dependency parse would change in how stance cues are negated (issue 19: "negation
 * and contrast beyond a 3-token window: CoreNLP's dependency parse where it pays for itself").
 *
 * <p>On the English passages of a blind run's fit-part respondents that carry a topic, every
 * sentence with a support, oppose or request cue and a negator word is parsed as Chorus parses it
 * with {@code classify.negation = dependency} ({@code DependencyNegation}, english_UD). For each
 * cue, the token window's reading ({@code StanceCues}, reach 6, stopped by another cue) is set
 * against the parse's. The cues where they differ are counted, and the fit part's ticked
 * (respondent, topic) pairs whose passages hold one: the examples the parse could change at most.
 * Sentences are split by CoreNLP here, by final punctuation in Chorus; quoted text is not left out.
 *
 * <p>Usage: DepparseNegation RUN EXPORT PROFILE OUT.tsv LABEL [EXAMPLES.txt]
 */
public final class DepparseNegation {

  private static final Pattern NEGATOR_WORD =
      Pattern.compile("(?i)\\b(not|no|never|cannot|neither|nor|without|none|nothing|nobody|nowhere)\\b|n't");

  record Passage(String id, String submission, String text, List<String> topics) {}

  public static void main(String[] args) throws Exception {
    Path run = Path.of(args[0]);
    Path export = Path.of(args[1]);
    ConsultationProfile profile = ConsultationProfile.load(args[2]);
    Map<String, Map<String, String>> ticked =
        Labels.declared(ExportReader.read(export), profile).stances();
    List<Passage> passages = new ArrayList<>();
    try (Stream<Path> files = Files.list(run.resolve("passages"))) {
      for (Path part : files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList()) {
        read(part, passages);
      }
    }
    StanceCues cues = StanceCues.load();
    DependencyNegation negation = new DependencyNegation();
    Properties base = new Properties();
    base.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    base.setProperty("tokenize.language", "en");
    StanfordCoreNLP lemmatiser = new StanfordCoreNLP(base);

    int sentencesWithCue = 0;
    int parsed = 0;
    long parsedTokens = 0;
    long parseNanos = 0;
    Map<String, Integer> table = new TreeMap<>();
    Map<String, Integer> windowOnlyBy = new TreeMap<>();
    Set<String> disagreeing = new TreeSet<>();
    List<String> examples = new ArrayList<>();
    int candidates = 0;
    for (Passage p : passages) {
      if (!NEGATOR_WORD.matcher(p.text()).find()) {
        continue; // no negator word: the two readings cannot differ
      }
      candidates++;
      Annotation doc = new Annotation(p.text());
      lemmatiser.annotate(doc);
      for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        // as Chorus stores them: lower-case words and lemmas
        List<String> words = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
          words.add(l.word().toLowerCase(Locale.ROOT));
          lemmas.add(l.lemma().toLowerCase(Locale.ROOT));
        }
        List<String[]> tokens = TermAnalyzer.tokens(words, lemmas, "en");
        List<StanceCues.PolarCue> polar = cues.polarCues(tokens, "en");
        if (polar.isEmpty()) {
          continue;
        }
        sentencesWithCue++;
        StanceCues.NegationScope scope = negation.scope(words, lemmas, "en");
        if (scope == null) {
          continue; // no negator word: the window's reading
        }
        parsed++;
        parsedTokens += words.size();
        // the sentence is parsed on the first cue asked about: time the readings together
        long t0 = System.nanoTime();
        boolean[] parse = new boolean[polar.size()];
        for (int i = 0; i < parse.length; i++) {
          StanceCues.PolarCue c = polar.get(i);
          parse[i] = scope.negated(c.start(), c.end(), c.negatorStart(), c.negatorEnd());
        }
        parseNanos += System.nanoTime() - t0;
        boolean differs = false;
        for (int i = 0; i < parse.length; i++) {
          StanceCues.PolarCue c = polar.get(i);
          boolean window = c.negatorStart() >= 0;
          boolean dependency = parse[i];
          String key = (window ? "window" : "-") + "/" + (dependency ? "parse" : "-");
          table.merge(key, 1, Integer::sum);
          if (window != dependency) {
            differs = true;
            if (window) {
              windowOnlyBy.merge(stems(tokens, c.negatorStart(), c.negatorEnd()), 1, Integer::sum);
            }
            if (examples.size() < 60) {
              examples.add(
                  key
                      + "\t"
                      + c.label()
                      + "\t"
                      + stems(tokens, c.start(), c.end())
                      + "\t"
                      + String.join(" ", words));
            }
          }
        }
        if (differs) {
          for (String topic : p.topics()) {
            if (ticked.getOrDefault(p.submission(), Map.of()).containsKey(topic)) {
              disagreeing.add(p.submission() + "/" + topic);
            }
          }
        }
      }
    }
    // the fit part's ticked pairs with a passage carrying the topic (the stance examples' upper set)
    Set<String> tickedWithPassage = new TreeSet<>();
    for (Passage p : passages) {
      for (String topic : p.topics()) {
        if (ticked.getOrDefault(p.submission(), Map.of()).containsKey(topic)) {
          tickedWithPassage.add(p.submission() + "/" + topic);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("figure", args[4]);
    out.put("passages", passages.size());
    out.put("passages_with_a_negator_word", candidates);
    out.put("sentences_with_a_polar_cue_in_those", sentencesWithCue);
    out.put("sentences_parsed", parsed);
    out.put("tokens_parsed", parsedTokens);
    out.put("parse_s", String.format(Locale.ROOT, "%.1f", parseNanos / 1e9));
    out.put("cues_window_and_parse", table.getOrDefault("window/parse", 0));
    out.put("cues_window_only", table.getOrDefault("window/-", 0));
    out.put("cues_parse_only", table.getOrDefault("-/parse", 0));
    out.put("cues_neither", table.getOrDefault("-/-", 0));
    out.put("ticked_pairs_with_a_passage", tickedWithPassage.size());
    out.put("ticked_pairs_with_a_differing_sentence", disagreeing.size());
    out.put("window_only_by_negator", windowOnlyBy);
    out.put("commit", System.getProperty("bench.commit", ""));
    Path tsv = Path.of(args[3]);
    boolean header = !Files.exists(tsv);
    try (PrintWriter w =
        new PrintWriter(
            Files.newBufferedWriter(
                tsv,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND))) {
      if (header) {
        w.println(String.join("\t", out.keySet()));
      }
      w.println(String.join("\t", out.values().stream().map(String::valueOf).toList()));
    }
    out.forEach((k, v) -> System.out.println(k + ": " + v));
    if (args.length > 5) {
      Files.write(Path.of(args[5]), examples, StandardCharsets.UTF_8);
    }
  }

  private static String stems(List<String[]> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    tokens.subList(from, to).forEach(t -> out.add(t[0]));
    return String.join(" ", out);
  }

  private static void read(Path part, List<Passage> into) throws Exception {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(part))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      var columns = new ColumnIOFactory().getColumnIO(schema);
      org.apache.parquet.column.page.PageReadStore rowGroup;
      while ((rowGroup = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            columns.getRecordReader(rowGroup, new GroupRecordConverter(schema));
        for (long i = 0; i < rowGroup.getRowCount(); i++) {
          Group g = records.read();
          String submission = g.getString("submission_id", 0);
          if (!"en".equals(g.getString("language", 0))
              || !RespondentSplit.FIT.equals(RespondentSplit.of(submission))) {
            continue;
          }
          Group list = g.getGroup("topics", 0);
          List<String> topics = new ArrayList<>();
          int n = list.getFieldRepetitionCount(0);
          for (int j = 0; j < n; j++) {
            Group element = list.getGroup(0, j);
            topics.add(element.getString(0, 0));
          }
          if (!topics.isEmpty()) {
            into.add(new Passage(g.getString("passage_id", 0), submission, g.getString("text", 0), topics));
          }
        }
      }
    }
  }
}
