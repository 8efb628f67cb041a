package eu.chorus.config;

import eu.chorus.campaign.CampaignSettings;
import eu.chorus.classify.DependencyNegation;
import eu.chorus.extract.ExtractionSettings;
import eu.chorus.position.PositionSettings;
import eu.chorus.profile.ConsultationProfile;
import eu.chorus.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting of a Chorus run, validated once at start. Built from the defaults in {@code
 * chorus-defaults.properties}, then an optional properties file, then {@code --set} and dedicated
 * command-line flags, later sources winning.
 */
public record ChorusConfig(
    Location input,
    Location out,
    String master,
    int partitionsPerCore,
    ExtractionSettings extraction,
    int passageMaxChars,
    boolean passageJoinPrintedLines,
    Map<String, String> corenlpProperties,
    int languageMinChars,
    boolean ignoreDeclared,
    double overrideDeclaredAbove,
    CampaignSettings campaigns,
    int stateBatchFiles,
    boolean reuseUnchangedRun,
    PositionSettings positions,
    double quoteMinConfidence,
    String overridesFile,
    boolean excelCsv,
    String consultation,
    boolean blind,
    String negation) {

  public static final String DEFAULTS_RESOURCE = "chorus-defaults.properties";

  public ChorusConfig {
    if (partitionsPerCore < 1) {
      throw new IllegalArgumentException("spark.partitionsPerCore must be at least 1");
    }
    if (stateBatchFiles < 1) {
      throw new IllegalArgumentException("state.batchFiles must be at least 1");
    }
    corenlpProperties = Map.copyOf(corenlpProperties);
    if (!corenlpProperties.containsKey("en")) {
      throw new IllegalArgumentException("annotate.corenlp.en must name the English pipeline");
    }
    ConsultationProfile.checkKnown(consultation);
    if (quoteMinConfidence < 0 || quoteMinConfidence > 1) {
      throw new IllegalArgumentException("synthesis.quotes.minConfidence must be within [0, 1]");
    }
    if (!negation.equals(DependencyNegation.WINDOW)
        && !negation.equals(DependencyNegation.DEPENDENCY)) {
      throw new IllegalArgumentException(
          "classify.negation must be "
              + DependencyNegation.WINDOW
              + " or "
              + DependencyNegation.DEPENDENCY
              + ", not '"
              + negation
              + "'");
    }
  }

  /** The built-in defaults. */
  public static Properties defaults() {
    Properties p = new Properties();
    try (InputStream in =
        ChorusConfig.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the classpath");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * @param input the export: a local folder or a Hadoop file-system URI
   * @param out the run folder: a local folder or a Hadoop file-system URI
   * @param file an optional properties file (null for none)
   * @param overrides key=value pairs from the command line
   */
  public static ChorusConfig build(
      Location input, Location out, Path file, Map<String, String> overrides) {
    Properties p = defaults();
    Set<String> known = new TreeSet<>(p.stringPropertyNames());
    if (file != null) {
      Properties fromFile = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        fromFile.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read configuration file " + file + ": " + e.getMessage(), e);
      }
      fromFile.forEach((k, v) -> p.setProperty(checkKnown(known, (String) k), (String) v));
    }
    overrides.forEach((k, v) -> p.setProperty(checkKnown(known, k), v));
    Settings s = new Settings(p);
    return new ChorusConfig(
        input.absolute(),
        out.absolute(),
        s.string("spark.master"),
        s.integer("spark.partitionsPerCore"),
        new ExtractionSettings(
            s.integer("extract.timeoutSeconds"),
            s.integer("extract.maxChars"),
            s.integer("extract.wordsPerPage"),
            s.bool("extract.ocr"),
            s.string("extract.ocrLanguages"),
            s.integer("extract.workerHeapMb"),
            s.integer("extract.maxUnpackedMb")),
        s.integer("passage.maxChars"),
        s.bool("passage.joinPrintedLines"),
        s.prefixed("annotate.corenlp."),
        s.integer("annotate.languageMinChars"),
        s.bool("classify.ignoreDeclared"),
        s.decimal("classify.overrideDeclaredAbove"),
        new CampaignSettings(
            s.integer("campaign.shingleWords"),
            s.decimal("campaign.minSimilarity"),
            s.integer("campaign.minWords"),
            s.integer("campaign.lsh.bands"),
            s.integer("campaign.lsh.rows"),
            s.decimal("campaign.translation.minSimilarity")),
        s.integer("state.batchFiles"),
        s.bool("state.reuseUnchangedRun"),
        new PositionSettings(
            s.integer("cluster.positions.maxPositions"),
            s.integer("cluster.positions.minPassages"),
            s.decimal("cluster.positions.minSilhouette"),
            s.integer("cluster.positions.minDocFreq"),
            s.integer("cluster.positions.seed"),
            s.decimal("cluster.positions.titleMinConfidence")),
        s.decimal("synthesis.quotes.minConfidence"),
        s.string("corrections.overrides"),
        s.bool("output.excel"),
        consultationOrDefault(s.string(ConsultationProfile.SETTING)),
        s.bool("classify.blind"),
        s.string("classify.negation"));
  }

  private static String consultationOrDefault(String id) {
    return id.isBlank() ? ConsultationProfile.defaultId() : id;
  }

  private static String checkKnown(Set<String> known, String key) {
    if (!known.contains(key)) {
      throw new IllegalArgumentException("unknown setting '" + key + "'; known settings: " + known);
    }
    return key;
  }

  /** Typed reads with messages that name the key. */
  private record Settings(Properties p) {
    String string(String key) {
      return p.getProperty(key).trim();
    }

    int integer(String key) {
      try {
        return Integer.parseInt(string(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            key + " must be a whole number, was '" + string(key) + "'", e);
      }
    }

    /** Every key under a prefix, by the rest of its name. */
    Map<String, String> prefixed(String prefix) {
      Map<String, String> m = new java.util.TreeMap<>();
      for (String key : p.stringPropertyNames()) {
        if (key.startsWith(prefix)) {
          m.put(key.substring(prefix.length()), string(key));
        }
      }
      return m;
    }

    double decimal(String key) {
      try {
        return Double.parseDouble(string(key));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " must be a number, was '" + string(key) + "'", e);
      }
    }

    boolean bool(String key) {
      String v = string(key);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException(key + " must be true or false, was '" + v + "'");
      }
      return Boolean.parseBoolean(v);
    }
  }
}
