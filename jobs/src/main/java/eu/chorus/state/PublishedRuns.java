package eu.chorus.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.chorus.extract.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runs published with this state, by {@link RunKey}: a night whose inputs, settings, code and
 * models are all those of a published run has nothing to compute, and copies that run's outputs.
 * Each entry ({@code <state>/runs/<key>.json}) names the run folder and the SHA-256 of every output
 * file in it; an entry is used only while the folder still holds exactly those bytes, so a deleted
 * or edited run is recomputed, never copied.
 */
public final class PublishedRuns {

  /** Written fresh by every run, so never copied from an earlier one. */
  public static final Set<String> PER_RUN = Set.of("run.json", "chorus.log", "report");

  private static final Logger LOG = LoggerFactory.getLogger(PublishedRuns.class);

  /** One entry: the run folder and its outputs' hashes, by path under the folder. */
  record Entry(String run, Map<String, String> outputs) {}

  private final Path folder;

  PublishedRuns(Path stateRoot) {
    this.folder = stateRoot.resolve("runs");
  }

  /** The published run folder with these exact inputs and settings, if it is still intact. */
  public Optional<Path> find(String key) throws IOException {
    Path entryFile = folder.resolve(key + ".json");
    if (!Files.isRegularFile(entryFile)) {
      return Optional.empty();
    }
    Entry entry = new ObjectMapper().readValue(entryFile.toFile(), Entry.class);
    Path run = Path.of(entry.run());
    if (!Files.isDirectory(run)) {
      LOG.info("The run with the same inputs ({}) is gone: computing.", run);
      return Optional.empty();
    }
    Map<String, String> now = outputs(run);
    if (!now.equals(entry.outputs())) {
      LOG.info(
          "The run with the same inputs ({}) was changed since it was published: computing.", run);
      return Optional.empty();
    }
    return Optional.of(run);
  }

  /** Records a run just published under {@code key}. */
  public void remember(String key, Path run) throws IOException {
    OwnerOnly.createDirectories(folder);
    Path temporary = folder.resolve("." + key + ".json.tmp");
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(
            temporary.toFile(),
            new Entry(run.toAbsolutePath().normalize().toString(), outputs(run)));
    OwnerOnly.restrict(temporary);
    Files.move(
        temporary,
        folder.resolve(key + ".json"),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Copies a run's outputs (not its {@link #PER_RUN} files) into {@code target}. */
  public static void copyOutputs(Path run, Path target) throws IOException {
    for (String file : outputFiles(run)) {
      Path to = target.resolve(file);
      Files.createDirectories(to.getParent());
      Files.copy(run.resolve(file), to, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private static Map<String, String> outputs(Path run) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    for (String file : outputFiles(run)) {
      hashes.put(file, ContentHash.sha256(run.resolve(file)));
    }
    return hashes;
  }

  /** The run's output files (paths under it), without its {@link #PER_RUN} files. */
  private static List<String> outputFiles(Path run) throws IOException {
    try (Stream<Path> files = Files.walk(run)) {
      return files
          .filter(Files::isRegularFile)
          .map(run::relativize)
          .filter(relative -> !PER_RUN.contains(relative.getName(0).toString()))
          .map(Path::toString)
          .sorted()
          .toList();
    }
  }
}
