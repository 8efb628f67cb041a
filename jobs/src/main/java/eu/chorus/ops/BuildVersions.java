package eu.chorus.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Versions of Chorus and its libraries, as recorded by the build (chorus-build.properties, and the
 * git commit in chorus-commit.properties when the build ran in a git checkout).
 */
public final class BuildVersions {

  /**
   * The folder of nlp-models resources: consultation profiles, lexicons, models, pipeline
   * properties.
   */
  private static final String MODELS = "chorus/";

  /**
   * A resource directly in {@link #MODELS}: the folder (or jar) it is found in is the one hashed.
   */
  private static final String ANCHOR = MODELS + "stance-lexicon.json";

  private BuildVersions() {}

  public static Map<String, String> read() {
    Map<String, String> versions = new TreeMap<>();
    for (String resource : new String[] {"chorus-build.properties", "chorus-commit.properties"}) {
      Properties p = new Properties();
      try (InputStream in = BuildVersions.class.getClassLoader().getResourceAsStream(resource)) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // An unfiltered placeholder means the build could not ask git.
      p.stringPropertyNames().stream()
          .filter(k -> !p.getProperty(k).isBlank() && !p.getProperty(k).contains("${"))
          .forEach(k -> versions.put(k, p.getProperty(k).trim()));
    }
    return versions;
  }

  /**
   * The code version: the git commit the jar was built from when known, else the project version.
   */
  public static String code(Map<String, String> versions) {
    return versions.containsKey("commit")
        ? "git:" + versions.get("commit")
        : versions.getOrDefault("chorus", "dev");
  }

  /**
   * SHA-256 (first 16 hex digits) over the names and bytes of every nlp-models resource, so a
   * retrained model, an edited lexicon, codebook or profile shows as a different version.
   */
  public static String models() {
    return contentHash(ANCHOR, MODELS);
  }

  /**
   * A hash of the compiled code of some packages of this build (their class files, subpackages
   * included): what a cached stage's results depend on, so that a change elsewhere (a classifier)
   * keeps the state's extraction and annotation.
   *
   * @param anchors one class of each package
   */
  public static String packagesHash(Class<?>... anchors) {
    StringBuilder hashes = new StringBuilder();
    for (Class<?> anchor : anchors) {
      String resource = anchor.getName().replace('.', '/') + ".class";
      hashes
          .append(contentHash(resource, resource.substring(0, resource.lastIndexOf('/') + 1)))
          .append(' ');
    }
    return hashes.toString().trim();
  }

  /**
   * A hash of every resource under {@code prefix}, found beside {@code anchor} (a folder or a jar).
   */
  private static String contentHash(String anchorResource, String prefix) {
    URL anchor = BuildVersions.class.getClassLoader().getResource(anchorResource);
    if (anchor == null) {
      return "missing";
    }
    Map<String, byte[]> contents = new TreeMap<>();
    try {
      if (anchor.getProtocol().equals("jar")) {
        try (JarFile jar = ((JarURLConnection) anchor.openConnection()).getJarFile()) {
          for (JarEntry e : java.util.Collections.list(jar.entries())) {
            if (e.getName().startsWith(prefix) && !e.isDirectory()) {
              try (InputStream in = jar.getInputStream(e)) {
                contents.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      } else {
        Path root = Path.of(anchor.toURI()).getParent();
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.filter(Files::isRegularFile).toList()) {
            contents.put(
                prefix + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + prefix, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    contents.forEach(
        (name, bytes) -> {
          digest.update(name.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          digest.update(bytes);
        });
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }
}
