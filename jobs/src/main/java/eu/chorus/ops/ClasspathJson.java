package eu.chorus.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a JSON resource of nlp-models (lexicons, cues); a missing one fails the run at start. */
public final class ClasspathJson {

  private ClasspathJson() {}

  /**
   * @param what names the resource in the error message ("group cues", "stance lexicon")
   */
  public static JsonNode read(String resource, String what) {
    try (InputStream in = ClasspathJson.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(what + " not on the classpath: " + resource);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
