package eu.chorus.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits page texts into paragraphs. A paragraph ends at a blank line; line breaks inside it are
 * joined (words hyphenated across a line break are rejoined); fragments without a letter (page
 * numbers, rules) are dropped; a paragraph longer than {@code maxChars} is cut at sentence ends.
 *
 * <p>PDFs set in Symbol or Wingdings fonts give their list bullets as private-use characters
 * (U+F0B7, U+F0A7, U+F0D8...: CoreNLP warned of 706 of them in a run of the real White Paper
 * export, besides 527 replacement characters), which CoreNLP cannot tokenise and a chair cannot
 * read: they become "•". Replacement characters (U+FFFD, a glyph the PDF maps to no character) say
 * nothing and are dropped.
 */
public final class PassageSplitter {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})-\\n(\\p{Ll})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SYMBOL_FONT_GLYPH = Pattern.compile("[\\uF000-\\uF0FF]");
  private static final Pattern REPLACEMENT_CHARACTER = Pattern.compile("\\uFFFD+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+(?=\\p{Lu}|\\d)");

  private final int maxChars;

  public PassageSplitter(int maxChars) {
    if (maxChars < 80) {
      throw new IllegalArgumentException("passage.maxChars must be at least 80, was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** The paragraphs of one page, in reading order. */
  public List<String> paragraphs(String pageText) {
    List<String> result = new ArrayList<>();
    for (String block : PARAGRAPH_BREAK.split(pageText)) {
      String readable =
          REPLACEMENT_CHARACTER
              .matcher(SYMBOL_FONT_GLYPH.matcher(block).replaceAll("•"))
              .replaceAll("");
      String joined = HYPHENATED_BREAK.matcher(readable).replaceAll("$1$2");
      String text = WHITESPACE.matcher(joined).replaceAll(" ").strip();
      if (text.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      result.addAll(cut(text));
    }
    return result;
  }

  /** The passages of a whole file: ids numbered in reading order across its pages. */
  public List<Passage> passages(
      String submissionId, int fileIndex, String file, String language, List<String> pages) {
    List<Passage> passages = new ArrayList<>();
    int sequence = 0;
    for (int page = 0; page < pages.size(); page++) {
      for (String text : paragraphs(pages.get(page))) {
        passages.add(
            new Passage(
                Passage.id(submissionId, fileIndex, ++sequence),
                submissionId,
                file,
                page + 1,
                language,
                text));
      }
    }
    return passages;
  }

  private List<String> cut(String text) {
    if (text.length() <= maxChars) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String sentence : SENTENCE_END.split(text)) {
      if (piece.length() > 0 && piece.length() + 1 + sentence.length() > maxChars) {
        pieces.add(piece.toString());
        piece = new StringBuilder();
      }
      while (sentence.length() > maxChars) {
        int space = sentence.lastIndexOf(' ', maxChars);
        int end = space > maxChars / 2 ? space : maxChars;
        if (piece.length() > 0) {
          pieces.add(piece.toString());
          piece = new StringBuilder();
        }
        pieces.add(sentence.substring(0, end).strip());
        sentence = sentence.substring(end).strip();
      }
      if (piece.length() > 0) {
        piece.append(' ');
      }
      piece.append(sentence);
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }
}
