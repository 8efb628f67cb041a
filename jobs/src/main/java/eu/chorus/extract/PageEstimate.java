package eu.chorus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts flowing text (DOCX, HTML, e-mail…) into estimated pages of about {@code wordsPerPage} words,
 * only ever between paragraphs, so that citations can still point to "page 3" of a Word file.
 */
final class PageEstimate {

  private PageEstimate() {}

  static List<String> paginate(String text, int wordsPerPage) {
    List<String> pages = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    int words = 0;
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      int n = paragraph.strip().split("\\s+").length;
      if (words > 0 && words + n > wordsPerPage) {
        pages.add(page.toString());
        page = new StringBuilder();
        words = 0;
      }
      page.append(paragraph.strip()).append("\n\n");
      words += n;
    }
    if (page.length() > 0) {
      pages.add(page.toString());
    }
    return pages;
  }
}
