package eu.chorus.state;

import eu.chorus.config.ChorusConfig;
import java.util.Map;

/**
 * The fingerprints of the cached stages. Extraction depends on the code, Tika and the
 * {@code extract.*} settings; annotation on everything extraction depends on, plus CoreNLP,
 * passage splitting and the contents of the pipeline properties.
 */
public record Fingerprints(String extraction, String annotation) {

  /**
   * @param versions library versions ({@link eu.chorus.ops.BuildVersions#read})
   * @param code the code version ({@link eu.chorus.ops.BuildVersions#code})
   */
  public static Fingerprints of(ChorusConfig config, Map<String, String> versions, String code) {
    String extraction = Fingerprint.of("extract")
        .add("code", code)
        .add("tika", versions.get("tika"))
        .add("settings", config.extraction())
        .hex();
    Fingerprint annotation = Fingerprint.of("annotate")
        .add("extraction", extraction)
        .add("corenlp", versions.get("corenlp"))
        .add("passage.maxChars", config.passageMaxChars())
        .add("annotate.languageMinChars", config.languageMinChars());
    new java.util.TreeMap<>(config.corenlpProperties()).forEach((language, resource) ->
        annotation.add("pipeline", language).addResource(resource));
    return new Fingerprints(extraction, annotation.hex());
  }
}
