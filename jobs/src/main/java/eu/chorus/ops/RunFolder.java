package eu.chorus.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Where a run's outputs go, written atomically: the run writes into a hidden staging folder beside
 * its destination, which is renamed into place only when every output is complete. Readers of the
 * destination (or of {@code latest}) never see a half-written run, and the previous run stays
 * readable while the next is under way.
 *
 * <ul>
 *   <li>{@link #single}: {@code --out <folder>}; a previous run there is replaced at the end.
 *   <li>{@link #nightly}: {@code --runs <root>}; each run gets {@code <root>/<yyyy-MM-dd'T'HHmmss>}
 *       (UTC) and {@code <root>/latest}, a symbolic link, is switched to it in one rename.
 * </ul>
 *
 * A failed run's staging folder is kept as {@code .<name>.failed} with its log.
 *
 * <p>Only an earlier run is ever replaced: a destination that holds anything else is refused
 * ({@link #check} before the run, again when publishing), and so is a {@code latest} that is not a
 * symbolic link. A run folder is recognised by what Chorus writes into every one ({@link #isRun}).
 */
public final class RunFolder {

  public static final String LATEST = "latest";

  /** Chorus's run summary: with the manifest, what marks a folder as a run Chorus published. */
  public static final String RUN_JSON = "run.json";

  public static final String MANIFEST = "manifest.csv";
  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss", Locale.ROOT);

  private final Path destination;
  private final Path staging;
  private final Path latest;

  private RunFolder(Path destination, Path latest) {
    this.destination = destination.toAbsolutePath().normalize();
    this.staging =
        this.destination.resolveSibling("." + this.destination.getFileName() + ".partial");
    this.latest = latest;
  }

  public static RunFolder single(Path out) {
    return new RunFolder(out, null);
  }

  public static RunFolder nightly(Path root, Clock clock) {
    Path base = root.toAbsolutePath().normalize();
    String name = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(NAME);
    Path destination = base.resolve(name);
    for (int n = 2;
        Files.exists(destination)
            || Files.exists(base.resolve("." + destination.getFileName() + ".partial"));
        n++) {
      destination = base.resolve(name + "-" + n);
    }
    return new RunFolder(destination, base.resolve(LATEST));
  }

  /**
   * True for a folder that Chorus published: it holds {@code manifest.csv} and a {@code run.json}
   * that is a run summary (a JSON object with {@code chorusVersion} and {@code versions}). Runs
   * published before this check was added are recognised too.
   */
  public static boolean isRun(Location folder) throws IOException {
    Location summary = folder.resolve(RUN_JSON);
    if (!folder.resolve(MANIFEST).isFile() || !summary.isFile()) {
      return false;
    }
    try (InputStream in = summary.open()) {
      JsonNode json = new ObjectMapper().readTree(in);
      return json != null && json.has("chorusVersion") && json.path("versions").isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  /**
   * For the commands that read a run ({@code report}, {@code export}, {@code diff}, {@code
   * evaluate}): refuses a folder that is not one, rather than reading it as a run without rows.
   */
  public static void requireRun(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("run folder does not exist: " + folder);
    }
    if (!isRun(Location.of(folder))) {
      throw new IllegalArgumentException(
          "not a chorus run folder (no "
              + MANIFEST
              + " and "
              + RUN_JSON
              + " written by chorus run): "
              + folder);
    }
  }

  /**
   * Refuses a destination that publishing would destroy: one that holds something other than an
   * earlier run (a file, a folder with other content), or whose parent is not a folder. Nothing is
   * there (or an empty folder): accepted.
   */
  public static void checkDestination(Location destination) throws IOException {
    String problem = destinationProblem(destination);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  private static String destinationProblem(Location destination) throws IOException {
    if (!destination.exists() || destination.isEmptyDirectory() || isRun(destination)) {
      return null;
    }
    return "refusing to replace "
        + destination
        + ": it exists and is neither an empty folder nor a chorus run folder";
  }

  /**
   * This run's destination (and {@code latest}) checked before the run starts: see {@link
   * #checkDestination}.
   */
  public void check() throws IOException {
    String problem = problem();
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  private String problem() throws IOException {
    Path parent = destination.getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      return "not a folder: " + parent;
    }
    if (latest != null
        && Files.exists(latest, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(latest)) {
      return "refusing to replace " + latest + ": it is not the symbolic link chorus keeps there";
    }
    return destinationProblem(Location.of(destination));
  }

  /** The folder the run writes into. */
  public Path staging() {
    return staging;
  }

  /** Where the outputs are once published. */
  public Path destination() {
    return destination;
  }

  /** Creates an empty staging folder (removing what a killed run left there). */
  public void begin() throws IOException {
    Folders.deleteTree(staging);
    Files.createDirectories(staging);
  }

  /**
   * Moves the complete outputs into place, then points {@code latest} at them. Checks the
   * destination again first: what was put there during the run is not replaced either.
   */
  public void publish() throws IOException {
    String problem = problem();
    if (problem != null) {
      throw new IOException(problem + " (this run's outputs are left in " + staging + ")");
    }
    Path previous = null;
    if (Files.exists(destination)) {
      previous =
          destination.resolveSibling(
              "." + destination.getFileName() + ".previous-" + UUID.randomUUID());
      Files.move(destination, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
    if (previous != null) {
      Folders.deleteTree(previous);
    }
    if (latest != null) {
      Path link = latest.resolveSibling("." + LATEST + "-" + UUID.randomUUID());
      Files.createSymbolicLink(link, destination.getFileName());
      // rename(2) replaces the old link in one step: readers see the old run or the new one.
      Files.move(link, latest, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Keeps a failed run's partial outputs and log aside, out of the way of the next run. */
  public Path abandon() throws IOException {
    Path failed = destination.resolveSibling("." + destination.getFileName() + ".failed");
    Folders.deleteTree(failed);
    if (Files.exists(staging)) {
      Files.move(staging, failed, StandardCopyOption.ATOMIC_MOVE);
    }
    return failed;
  }
}
