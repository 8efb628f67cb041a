package eu.chorus.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Versions of Chorus and its libraries, as recorded by the build (chorus-build.properties). */
public final class BuildVersions {

  private BuildVersions() {}

  public static Map<String, String> read() {
    Properties p = new Properties();
    try (InputStream in = BuildVersions.class.getClassLoader().getResourceAsStream("chorus-build.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> versions = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> versions.put(k, p.getProperty(k)));
    return versions;
  }
}
