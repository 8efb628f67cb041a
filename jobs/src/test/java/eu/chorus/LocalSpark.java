package eu.chorus;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Spark session on two cores for one test class, without a web UI:
 * {@code @RegisterExtension static final LocalSpark SPARK = new LocalSpark("name", 2);}.
 */
public final class LocalSpark implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private final int shufflePartitions;
  private SparkSession session;

  /**
   * @param shufflePartitions few, so that tiny Datasets do not spread over hundreds of tasks
   */
  public LocalSpark(String name, int shufflePartitions) {
    this.name = name;
    this.shufflePartitions = shufflePartitions;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    session =
        SparkSession.builder()
            .master("local[2]")
            .appName(name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
            .getOrCreate();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    session.stop();
  }

  public SparkSession session() {
    return session;
  }
}
