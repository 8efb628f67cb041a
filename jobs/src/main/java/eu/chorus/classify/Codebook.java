package eu.chorus.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic codebook, read from {@code chorus/codebook.json} in {@code nlp-models}: DOMAIN.md's
 * topic codes with their working group, label and matching terms per language.
 *
 * <p>Terms are matched on stems (see {@code TermAnalyzer}), so they are written naturally.
 */
public final class Codebook implements Serializable {

  public static final String RESOURCE = "chorus/codebook.json";

  private final String version;
  private final Map<String, String> workingGroups;
  private final List<Topic> topics;

  private Codebook(String version, Map<String, String> workingGroups, List<Topic> topics) {
    this.version = version;
    this.workingGroups = Map.copyOf(workingGroups);
    this.topics = List.copyOf(topics);
  }

  public static Codebook load() {
    try (InputStream in = Codebook.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("codebook not on the classpath: " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Codebook parse(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    Map<String, String> groups = new LinkedHashMap<>();
    root.path("workingGroups").fields().forEachRemaining(e -> groups.put(e.getKey(), e.getValue().asText()));
    List<Topic> topics = new ArrayList<>();
    for (JsonNode t : root.path("topics")) {
      String code = t.path("code").asText();
      String wg = code.substring(0, code.indexOf('.'));
      if (!groups.containsKey(wg)) {
        throw new IOException("topic " + code + " names unknown working group " + wg);
      }
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = t.path("terms").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> lang = it.next();
        List<String> phrases = new ArrayList<>();
        lang.getValue().forEach(term -> phrases.add(term.asText()));
        terms.put(lang.getKey(), phrases);
      }
      topics.add(new Topic(code, wg, t.path("label").asText(), terms));
    }
    return new Codebook(root.path("version").asText(""), groups, topics);
  }

  public String version() {
    return version;
  }

  public List<Topic> topics() {
    return topics;
  }

  public Map<String, String> workingGroups() {
    return workingGroups;
  }
}
