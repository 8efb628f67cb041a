package eu.chorus.state;

import eu.chorus.ops.Folders;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.sql.types.StructType;

/**
 * The state folder ({@code --state}): per stage and fingerprint, the cached results of earlier
 * runs ({@code <state>/<stage>/<fingerprint>/batch-*}). One run at a time holds it (a lock file),
 * so a second nightly run started while the first is still going fails at once instead of
 * sharing half-written batches.
 *
 * <p>The state holds extracted, unredacted text: it needs the same protection as the export.
 */
public final class StateStore implements Closeable {

  private final Path root;
  private final boolean temporary;
  private final FileChannel lockFile;
  private final FileLock lock;

  private StateStore(Path root, boolean temporary) throws IOException {
    this.root = root;
    this.temporary = temporary;
    Files.createDirectories(root);
    lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    lock = lockFile.tryLock();
    if (lock == null) {
      lockFile.close();
      throw new IllegalStateException("state folder " + root + " is in use by another Chorus run");
    }
  }

  /** The state folder of nightly runs, kept between them. */
  public static StateStore open(Path root) throws IOException {
    return new StateStore(root, false);
  }

  /** A state for one run only (no {@code --state}): deleted when closed. */
  public static StateStore temporary() throws IOException {
    StateStore store = new StateStore(Files.createTempDirectory("chorus-state-"), true);
    // Callers that never close it (chorus train) still leave nothing behind.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Folders.deleteTree(store.root);
      } catch (IOException e) {
        // best effort at exit
      }
    }));
    return store;
  }

  public boolean isTemporary() {
    return temporary;
  }

  public Path root() {
    return root;
  }

  /** The runs published with this state, by {@link RunKey}. */
  public PublishedRuns publishedRuns() {
    return new PublishedRuns(root);
  }

  public CachedStage stage(String stage, String fingerprint, StructType schema) throws IOException {
    return new CachedStage(root.resolve(stage).resolve(fingerprint), schema);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    lockFile.close();
    if (temporary) {
      Folders.deleteTree(root);
    }
  }
}
