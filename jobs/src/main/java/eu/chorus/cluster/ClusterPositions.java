package eu.chorus.cluster;

import eu.chorus.classify.StanceFinding;
import eu.chorus.classify.TaggedPassage;
import eu.chorus.passage.PassageRow;
import eu.chorus.passage.Passage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the positions (distinct arguments) within each topic and stance.
 *
 * <p>Evidence: every passage that carries a topic, of a submission found to hold a stance on that
 * topic. Its terms ({@link PositionTerms}) are weighted by TF-IDF over a vocabulary counted on all
 * evidence in one aggregation ({@link Vocabulary}); then one grouped pass over the evidence keyed
 * by topic clusters each stance's passages on the executor that holds them
 * ({@link PositionsOfTopic}). Positions are the clusters, labelled and sized.
 */
public final class ClusterPositions {

  static final String TERMS = "terms";

  /** The passages table's passage columns (passage_id … text), under the topic and stance. */
  static final StructType EVIDENCE = evidenceSchema();

  private static StructType evidenceSchema() {
    StructType s = new StructType()
        .add("topic", DataTypes.StringType, false)
        .add("stance", DataTypes.StringType, false);
    for (String column : List.of("passage_id", "submission_id", "file", "page", "language", "text")) {
      s = s.add(PassageRow.SCHEMA.apply(column));
    }
    return s.add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false);
  }

  /** What the stage found: the positions, and the position of every evidence passage. */
  public record Found(List<Position> positions, List<PassagePosition> passages, int vocabulary)
      implements Serializable {}

  private static final Logger LOG = LoggerFactory.getLogger(ClusterPositions.class);

  private final PositionSettings settings;

  public ClusterPositions(PositionSettings settings) {
    this.settings = settings;
  }

  public Found find(Dataset<TaggedPassage> tagged, List<StanceFinding> stances) {
    Map<String, String> stanceOf = new HashMap<>();
    for (StanceFinding f : stances) {
      stanceOf.put(key(f.submissionId(), f.topic()), f.stance().name());
    }
    Dataset<Row> evidence = tagged
        .flatMap(new EvidenceRows(stanceOf), Encoders.row(EVIDENCE))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      if (evidence.isEmpty()) {
        // nothing was read, or no submission takes a stance: no positions (and nothing to fit)
        return new Found(List.of(), List.of(), 0);
      }
      long started = System.nanoTime();
      Vocabulary vocabulary = Vocabulary.of(evidence, settings.minDocFreq());
      long weighted = System.nanoTime();
      List<TopicPositions> topics = evidence
          .groupByKey((MapFunction<Row, String>) r -> r.getAs("topic"), Encoders.STRING())
          .mapGroups(new PositionsOfTopic(settings, vocabulary.terms(), vocabulary.idf()),
              Encoders.javaSerialization(TopicPositions.class))
          .collectAsList();
      LOG.info(String.format(Locale.ROOT, "positions: vocabulary and IDF in %.1f s, clustered in %.1f s",
          (weighted - started) / 1e9, (System.nanoTime() - weighted) / 1e9));
      List<Position> positions = new ArrayList<>();
      List<PassagePosition> passages = new ArrayList<>();
      for (TopicPositions t : topics) {
        positions.addAll(t.positions());
        passages.addAll(t.passages());
      }
      positions.sort(Comparator.comparing(Position::topic).thenComparing(Position::stance)
          .thenComparingInt(Position::number));
      passages.sort(Comparator.comparing(PassagePosition::passageId).thenComparing(PassagePosition::topic));
      return new Found(List.copyOf(positions), List.copyOf(passages), vocabulary.terms().length);
    } finally {
      evidence.unpersist();
    }
  }

  static String key(String submissionId, String topic) {
    return submissionId + "\t" + topic;
  }

  /** A tagged passage → one evidence row per topic it carries that its submission holds a stance on. */
  static final class EvidenceRows implements FlatMapFunction<TaggedPassage, Row> {
    private final Map<String, String> stanceOf;

    EvidenceRows(Map<String, String> stanceOf) {
      this.stanceOf = Map.copyOf(stanceOf);
    }

    @Override
    public Iterator<Row> call(TaggedPassage t) {
      Passage p = t.passage();
      List<Row> rows = new ArrayList<>();
      List<String> terms = null;
      for (String topic : t.topics()) {
        String stance = stanceOf.get(key(p.submissionId(), topic));
        if (stance == null) {
          continue;
        }
        if (terms == null) {
          terms = PositionTerms.of(p.text(), p.language());
        }
        rows.add(RowFactory.create(topic, stance, p.passageId(), p.submissionId(), p.file(), p.page(),
            p.language(), p.text(), terms.toArray(String[]::new)));
      }
      return rows.iterator();
    }
  }
}
