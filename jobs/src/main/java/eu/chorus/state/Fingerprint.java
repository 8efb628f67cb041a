package eu.chorus.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What produced a cached result (code, library versions, settings, resource contents), reduced to a
 * short hash: a cache entry is reused only under the same fingerprint, so a changed setting or
 * version invalidates it.
 */
public final class Fingerprint {

  private final MessageDigest digest;

  private Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static Fingerprint of(String stage) {
    return new Fingerprint().add(stage);
  }

  /** Adds a named value; names keep "a=bc" and "ab=c" apart. */
  public Fingerprint add(String name, Object value) {
    return add(name).add(String.valueOf(value));
  }

  /** Adds the bytes of a classpath resource (a pipeline's properties), or marks it missing. */
  public Fingerprint addResource(String resource) {
    add("resource", resource);
    try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return add("missing");
      }
      digest.update(in.readAllBytes());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private Fingerprint add(String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
    return this;
  }

  /** The first 16 hex digits: short enough for a folder name, far from colliding among settings. */
  public String hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest()).substring(0, 16);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
