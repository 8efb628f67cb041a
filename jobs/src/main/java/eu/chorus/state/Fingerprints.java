package eu.chorus.state;

import eu.chorus.annotate.AnnotatePassages;
import eu.chorus.config.ChorusConfig;
import eu.chorus.extract.ExtractFiles;
import eu.chorus.ops.BuildVersions;
import eu.chorus.passage.SplitPassages;
import java.util.Map;

/**
 * The fingerprints of the cached stages. Extraction depends on its own code (the extract and state
 * packages), Tika and the {@code extract.*} settings; annotation on everything extraction depends
 * on, plus its code (the passage and annotate packages), CoreNLP, passage splitting and the
 * contents of the pipeline properties. Code elsewhere (classifiers, synthesis, the report) does not
 * change what is cached, so a night after such a change still reuses the state.
 */
public record Fingerprints(String extraction, String annotation) {

  /**
   * @param versions library versions ({@link eu.chorus.ops.BuildVersions#read})
   */
  public static Fingerprints of(ChorusConfig config, Map<String, String> versions) {
    return of(
        config,
        versions,
        BuildVersions.packagesHash(ExtractFiles.class, StateStore.class),
        BuildVersions.packagesHash(SplitPassages.class, AnnotatePassages.class));
  }

  /**
   * @param extractionCode a hash of the code extraction runs
   * @param annotationCode a hash of the code passage splitting and annotation run
   */
  static Fingerprints of(
      ChorusConfig config,
      Map<String, String> versions,
      String extractionCode,
      String annotationCode) {
    String extraction =
        Fingerprint.of("extract")
            .add("code", extractionCode)
            .add("tika", versions.get("tika"))
            .add("settings", config.extraction())
            .hex();
    Fingerprint annotation =
        Fingerprint.of("annotate")
            .add("extraction", extraction)
            .add("code", annotationCode)
            .add("corenlp", versions.get("corenlp"))
            .add("passage.maxChars", config.passageMaxChars())
            .add("passage.joinPrintedLines", config.passageJoinPrintedLines())
            .add("annotate.languageMinChars", config.languageMinChars());
    new java.util.TreeMap<>(config.corenlpProperties())
        .forEach(
            (language, resource) -> annotation.add("pipeline", language).addResource(resource));
    return new Fingerprints(extraction, annotation.hex());
  }
}
