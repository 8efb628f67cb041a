package eu.chorus.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The report's thresholds and the words it shows for codes, from {@code report.properties} beside
 * the templates. Stakeholder groups' words are the consultation profile's.
 */
final class ReportSettings {

  static final String RESOURCE = "eu/chorus/report/report.properties";

  private final Properties p;
  private final double lowConfidenceBelow;
  private final int quotesShown;
  private final int positionsShown;
  private final int smallCountBelow;

  private ReportSettings(Properties p) {
    this.p = p;
    this.lowConfidenceBelow = Double.parseDouble(p.getProperty("lowConfidenceBelow", "0.5").trim());
    this.quotesShown = Integer.parseInt(p.getProperty("quotesShown", "3").trim());
    this.positionsShown = Integer.parseInt(p.getProperty("positionsShown", "6").trim());
    this.smallCountBelow = Integer.parseInt(p.getProperty("smallCountBelow", "5").trim());
  }

  static ReportSettings load() {
    Properties p = new Properties();
    try (InputStream in = ReportSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportSettings(p);
  }

  double lowConfidenceBelow() {
    return lowConfidenceBelow;
  }

  /** Quotes shown per position (one per group first); the others are folded away. */
  int quotesShown() {
    return quotesShown;
  }

  /** Counts of submissions below this (and above 0) are flagged as small counts. */
  /**
   * Positions a topic brief shows per stance (largest first) when positions.csv does not mark them.
   */
  int positionsShown() {
    return positionsShown;
  }

  int smallCountBelow() {
    return smallCountBelow;
  }

  /** A file format's name from its media type; the media type itself when unknown. */
  String format(String mediaType) {
    String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.isEmpty()) {
      return "unknown";
    }
    return p.getProperty("format." + type, type).trim();
  }

  String language(String code) {
    if (code.isBlank()) {
      return "not detected";
    }
    return p.getProperty("language." + code, code).trim();
  }
}
