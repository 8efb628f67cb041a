package eu.chorus.profile;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The topic codebook of a consultation: its topic codes with their working group, label, what
 * SUPPORT and OPPOSE mean for each, and matching terms per language. It is part of the
 * consultation's profile ({@code codebook.json} beside {@code profile.json}), which reads and
 * checks it.
 *
 * <p>Terms are matched on stems (see {@code TermAnalyzer}), so they are written naturally.
 */
public final class Codebook implements Serializable {

  private final String version;
  private final Map<String, String> workingGroups;
  private final List<Topic> topics;

  /**
   * @param workingGroups code → label
   * @param topics in the codebook's order, which the report follows
   */
  public Codebook(String version, Map<String, String> workingGroups, List<Topic> topics) {
    this.version = version;
    this.workingGroups = Map.copyOf(workingGroups);
    this.topics = List.copyOf(topics);
  }

  public String version() {
    return version;
  }

  public List<Topic> topics() {
    return topics;
  }

  /** The topic codes, in the codebook's order. */
  public List<String> codes() {
    return topics.stream().map(Topic::code).toList();
  }

  public Map<String, String> workingGroups() {
    return workingGroups;
  }
}
