package eu.chorus.samples.compose;

import eu.chorus.samples.domain.Language;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A composed document, independent of its file format.
 *
 * @param title the title: shown at the top when {@code showTitle} (papers, questionnaires), else
 *     only recorded in the file's metadata or used as an e-mail subject (letters)
 * @param author the author recorded in file metadata ("" for none)
 * @param created creation time recorded in file metadata: fixed, so that output is reproducible
 * @param seed seed for anything a writer must invent (IDs, scan noise), derived from the plan
 */
public record Document(
    Language language,
    String title,
    boolean showTitle,
    List<Block> blocks,
    String author,
    LocalDateTime created,
    long seed) {

  private static final Pattern WORD = Pattern.compile("\\S+");

  public Document {
    blocks = List.copyOf(blocks);
  }

  /** Whitespace-separated tokens over the title and every block. */
  public int words() {
    int n = count(title);
    for (Block b : blocks) {
      for (String t : b.texts()) {
        n += count(t);
      }
    }
    return n;
  }

  static int count(String text) {
    return (int) WORD.matcher(text).results().count();
  }
}
