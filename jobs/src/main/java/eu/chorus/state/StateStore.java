package eu.chorus.state;

import eu.chorus.ops.Folders;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructType;

/**
 * The state folder ({@code --state}): per stage and fingerprint, the cached results of earlier runs
 * ({@code <state>/<stage>/<fingerprint>/batch-*}). One run at a time holds it (a lock file), so a
 * second nightly run started while the first is still going fails at once instead of sharing
 * half-written batches.
 *
 * <p>The state holds extracted, unredacted text (redaction depends on who sent a file, so it is
 * applied after the caches): it needs the same protection as the export. The folder and everything
 * Chorus writes in it are owner-only ({@link OwnerOnly}), and a folder with content that others may
 * read is refused.
 */
public final class StateStore implements Closeable {

  private final Path root;
  private final boolean temporary;
  private final FileChannel lockFile;
  private final FileLock lock;

  private StateStore(Path root, boolean temporary) throws IOException {
    this.root = root;
    this.temporary = temporary;
    requirePrivate(root);
    Path lockPath = root.resolve(".lock");
    lockFile =
        FileChannel.open(
            lockPath,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            OwnerOnly.fileAttributes(lockPath));
    lock = lockFile.tryLock();
    if (lock == null) {
      lockFile.close();
      throw new IllegalStateException("state folder " + root + " is in use by another Chorus run");
    }
    // What an earlier version wrote with the umask's permissions: owner-only from now on.
    OwnerOnly.restrict(root);
  }

  /**
   * Creates the state folder owner-only, or checks that an existing one is: a folder with content
   * that others may read or enter is refused (exit code 2, nothing written); an empty one is made
   * private.
   */
  static void requirePrivate(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      OwnerOnly.createFolder(root);
      return;
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("state folder " + root + " is not a folder");
    }
    Optional<String> open = OwnerOnly.openToOthers(root);
    if (open.isEmpty()) {
      return;
    }
    boolean empty;
    try (Stream<Path> entries = Files.list(root)) {
      empty = entries.findAny().isEmpty();
    }
    if (!empty) {
      throw new IllegalArgumentException(
          "state folder "
              + root
              + " is open to others ("
              + open.get()
              + ") and holds unredacted texts: make it private (chmod -R go= "
              + root
              + ") or use a new folder");
    }
    OwnerOnly.restrict(root);
  }

  /** The state folder of nightly runs, kept between them. */
  public static StateStore open(Path root) throws IOException {
    return new StateStore(root, false);
  }

  /** A state for one run only (no {@code --state}): deleted when closed. */
  public static StateStore temporary() throws IOException {
    StateStore store = new StateStore(Files.createTempDirectory("chorus-state-"), true);
    // Callers that never close it (chorus train) still leave nothing behind.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
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
