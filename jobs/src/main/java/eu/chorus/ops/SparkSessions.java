package eu.chorus.ops;

import org.apache.spark.sql.SparkSession;

/** Builds the run's Spark session from the configured master; nothing else is hard-coded. */
public final class SparkSessions {

  private SparkSessions() {}

  public static SparkSession start(String master) {
    SparkSession.Builder builder = SparkSession.builder().appName("chorus");
    if (master != null && !master.isBlank()) {
      builder.master(master);
    }
    return builder
        // The driver collects only small per-submission summaries; the UI is not needed in batch.
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "16")
        .config("spark.sql.adaptive.enabled", "true")
        // The CoreNLP pipelines (about 1.1 GB) live on the same heap, outside Spark's accounting:
        // Spark's share for cached and shuffled data is smaller than its default 0.6.
        .config("spark.memory.fraction", "0.4")
        .getOrCreate();
  }
}
