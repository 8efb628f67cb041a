package eu.chorus.passage;

import java.io.Serializable;

/**
 * A paragraph of a submission's text: the unit that is annotated, tagged, quoted and cited.
 *
 * @param passageId {@code <submission_id>:<file index>:<sequence>}, stable across runs
 * @param file the file's path under {@code files/}
 * @param page 1-based page of the file (estimated for formats without pages)
 */
public record Passage(
    String passageId, String submissionId, String file, int page, String language, String text)
    implements Serializable {

  public static String id(String submissionId, int fileIndex, int sequence) {
    return String.format(java.util.Locale.ROOT, "%s:%d:%04d", submissionId, fileIndex, sequence);
  }

  /** The file's key in a passage id: {@code <submission_id>:<file index>}. */
  public static String fileOf(String passageId) {
    return passageId.substring(0, passageId.lastIndexOf(':'));
  }

  /** The passage's place in its file, from its id. */
  public static int sequenceOf(String passageId) {
    return Integer.parseInt(passageId.substring(passageId.lastIndexOf(':') + 1));
  }
}
