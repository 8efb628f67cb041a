package eu.chorus.ops;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A heavy, non-serializable object (a CoreNLP pipeline, a Tika parser) that Spark tasks share: the
 * holder is serialized with the task, the object is built at most once per JVM (driver or executor)
 * and key, on first use, and reused by every later task in that JVM.
 *
 * <p>A transient field would not do: Spark deserializes the closure afresh for every task, so the
 * cache has to live beside the class, keyed by what defines the object.
 */
public final class ExecutorResource<T> implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Map<String, Object> BUILT = new ConcurrentHashMap<>();
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorResource.class);

  /** Starts the log line written when a resource is built: "{@value} key in 1.2 s". */
  public static final String LOADED = "Loaded once per JVM:";

  /** A factory that Spark can ship to executors. */
  public interface Factory<T> extends Supplier<T>, Serializable {}

  private final String key;
  private final Factory<T> factory;

  private ExecutorResource(String key, Factory<T> factory) {
    this.key = key;
    this.factory = factory;
  }

  /**
   * @param key identifies the configuration of the object: equal keys share one instance
   */
  public static <T> ExecutorResource<T> of(String key, Factory<T> factory) {
    return new ExecutorResource<>(key, factory);
  }

  @SuppressWarnings("unchecked")
  public T get() {
    return (T) BUILT.computeIfAbsent(key, k -> build());
  }

  // Logged so that executor logs show each heavy object built once (ClusterRunIT counts them).
  private T build() {
    long started = System.nanoTime();
    T built = factory.get();
    LOG.info(
        String.format(
            Locale.ROOT, "%s %s in %.1f s", LOADED, key, (System.nanoTime() - started) / 1e9));
    return built;
  }
}
