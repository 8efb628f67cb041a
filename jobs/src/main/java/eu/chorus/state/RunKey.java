package eu.chorus.state;

import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.ContentHash;
import eu.chorus.ingest.Export;
import eu.chorus.ingest.ExportReader;
import eu.chorus.ops.BuildVersions;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a run's outputs are a function of, reduced to one hash: the export (its metadata file,
 * and every listed file's path and content hash), every setting that reaches the outputs, the
 * analysts' overrides file, the code, the library versions and the models. Two runs with the same
 * key write the same bytes (nightly runs check this: warm, resumed and cold runs' tables are
 * byte-identical), so the second may copy the first's outputs.
 */
public final class RunKey {

  private RunKey() {}

  /**
   * The key of a run of {@code inputs} with {@code config} (in this JVM: no Spark is needed to
   * know).
   */
  public static String of(ChorusConfig config, HashedExport inputs) throws IOException {
    Export export = inputs.export();
    List<HashedFile> files = inputs.files();
    Map<String, String> versions = new TreeMap<>(BuildVersions.read());
    versions.put("models", BuildVersions.models());
    String code = BuildVersions.code(versions);
    return of(config, export, files, Fingerprints.of(config, versions), versions, code);
  }

  /**
   * @param files every listed file with its content hash, in the export's order
   * @param versions library versions and {@code models} (the nlp-models hash)
   */
  static String of(
      ChorusConfig config,
      Export export,
      List<HashedFile> files,
      Fingerprints fingerprints,
      Map<String, String> versions,
      String code)
      throws IOException {
    Fingerprint key =
        Fingerprint.of("run")
            .add("code", code)
            .add("versions", new TreeMap<>(versions))
            .add("annotation", fingerprints.annotation())
            .add("input", config.input())
            .add("metadata", metadata(config.input()))
            .add("consultation", config.consultation())
            .add("ignoreDeclared", config.ignoreDeclared())
            .add("blind", config.blind())
            .add("overrideDeclaredAbove", config.overrideDeclaredAbove())
            .add("campaigns", config.campaigns())
            .add("positions", config.positions())
            .add("quoteMinConfidence", config.quoteMinConfidence())
            .add("negation", config.negation())
            .add("excel", config.excelCsv())
            .add(
                "overrides",
                config.overridesFile().isEmpty()
                    ? ""
                    : ContentHash.sha256(Path.of(config.overridesFile())));
    if (code.endsWith("-dirty") || !code.startsWith("git:")) {
      // uncommitted code shares its commit's name: the build itself tells the versions apart
      key.add("build", buildHash());
    }
    export.problems().forEach(p -> key.add("problem", p));
    export.submissions().forEach(s -> key.add("submission", s));
    export.answers().forEach(a -> key.add("answer", a));
    export.freeText().forEach(a -> key.add("freeText", a));
    files.forEach(
        f -> key.add("file", f.file()).add("sha256", f.sha256()).add("unread", f.problem()));
    return key.hex();
  }

  private static String metadata(Location input) throws IOException {
    Location csv = input.resolve(ExportReader.METADATA_FILE);
    if (!csv.isFile()) {
      return "none";
    }
    try (InputStream in = csv.open()) {
      return ContentHash.sha256(in);
    }
  }

  /** The jar this class was loaded from, or every file of the build folder it was loaded from. */
  private static String buildHash() throws IOException {
    Path source;
    try {
      source = Path.of(RunKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return "unknown:" + System.nanoTime();
    }
    if (Files.isRegularFile(source)) {
      return ContentHash.sha256(source);
    }
    Fingerprint classes = Fingerprint.of("classes");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        classes.add(source.relativize(f).toString(), ContentHash.sha256(f));
      }
    }
    return classes.hex();
  }
}
