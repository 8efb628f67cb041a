package eu.chorus.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Where a run's outputs go, written atomically: the run writes into a hidden staging folder
 * beside its destination, which is renamed into place only when every output is complete. Readers
 * of the destination (or of {@code latest}) never see a half-written run, and the previous run
 * stays readable while the next is under way.
 *
 * <ul>
 *   <li>{@link #single}: {@code --out <folder>}; a previous run there is replaced at the end.
 *   <li>{@link #nightly}: {@code --runs <root>}; each run gets {@code <root>/<yyyy-MM-dd'T'HHmmss>}
 *       (UTC) and {@code <root>/latest}, a symbolic link, is switched to it in one rename.
 * </ul>
 *
 * A failed run's staging folder is kept as {@code .<name>.failed} with its log.
 */
public final class RunFolder {

  public static final String LATEST = "latest";
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

  private final Path destination;
  private final Path staging;
  private final Path latest;

  private RunFolder(Path destination, Path latest) {
    this.destination = destination.toAbsolutePath().normalize();
    this.staging = this.destination.resolveSibling("." + this.destination.getFileName() + ".partial");
    this.latest = latest;
  }

  public static RunFolder single(Path out) {
    return new RunFolder(out, null);
  }

  public static RunFolder nightly(Path root, Clock clock) {
    Path base = root.toAbsolutePath().normalize();
    String name = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).format(NAME);
    Path destination = base.resolve(name);
    for (int n = 2; Files.exists(destination) || Files.exists(base.resolve("." + destination.getFileName() + ".partial")); n++) {
      destination = base.resolve(name + "-" + n);
    }
    return new RunFolder(destination, base.resolve(LATEST));
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

  /** Moves the complete outputs into place, then points {@code latest} at them. */
  public void publish() throws IOException {
    Path previous = null;
    if (Files.exists(destination)) {
      previous = destination.resolveSibling("." + destination.getFileName() + ".previous-" + UUID.randomUUID());
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
