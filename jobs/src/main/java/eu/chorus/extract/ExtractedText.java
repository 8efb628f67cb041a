package eu.chorus.extract;

import java.io.Serializable;
import java.util.List;

/**
 * The text of one file, page by page, with what the extractor learned about it.
 *
 * @param pages page texts in order; paragraphs inside a page are separated by blank lines
 * @param pagesEstimated true when the format has no pages and they were cut by length
 * @param ocr true when some of the text came from optical character recognition
 */
public record ExtractedText(
    FileStatus status,
    String reason,
    String mediaType,
    String title,
    String language,
    List<String> pages,
    boolean pagesEstimated,
    boolean ocr)
    implements Serializable {

  public ExtractedText {
    pages = List.copyOf(pages);
  }

  public static ExtractedText quarantined(String mediaType, String reason) {
    return new ExtractedText(
        FileStatus.QUARANTINED, reason, mediaType, "", "", List.of(), false, false);
  }

  public int chars() {
    return pages.stream().mapToInt(String::length).sum();
  }
}
