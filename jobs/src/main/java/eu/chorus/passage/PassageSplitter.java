package eu.chorus.passage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * Splits page texts into paragraphs. A paragraph ends at a blank line; line breaks inside it are
 * joined (words hyphenated across a line break are rejoined); fragments without a letter (page
 * numbers, rules) are dropped; a paragraph longer than {@code maxChars} is cut at sentence ends.
 *
 * <p>A heading line that extraction ran into its paragraph without a blank line ("Types, nature and
 * sources of risk", a questionnaire's "Support with changes") keeps its line break: it is not part
 * of the first sentence after it, and quotes and positions' titles must not open with it. Such a
 * line has no closing punctuation, is short beside the block's longest line, and the next line
 * opens a new unit (a capital, a digit or a bullet). Everything else reads the break as a space,
 * CoreNLP included (a single newline never ends its sentences).
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

  /** Kept between a heading line and its paragraph while the other whitespace is collapsed. */
  private static final char HEADING_BREAK = '\u2028';

  private static final Pattern AROUND_HEADING_BREAK = Pattern.compile("\\s*\u2028[\\s\u2028]*");

  /** A heading line is at most this share of its block's longest line. */
  static final double HEADING_LINE_SHARE = 0.7;

  /** A heading line has at most this many words. */
  static final int HEADING_LINE_WORDS = 12;

  /** A line ending so runs on: a heading may end with a parenthesis ("(Annex XI)"), not these. */
  private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.,;:!?-]$");

  /**
   * A line ending with one of these words (Spark MLlib's stop words of the languages the profiles
   * read) runs on into the next line, whatever its length: no heading ends with "the" or "der".
   */
  private static final Set<String> RUNS_ON = runsOn();

  private static final Pattern OPENS_UNIT = Pattern.compile("^(?:\\p{Lu}|\\d|[•▪●◦■‣∙-]).*");

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
      String joined = HYPHENATED_BREAK.matcher(markHeadingLines(readable)).replaceAll("$1$2");
      String text =
          AROUND_HEADING_BREAK
              .matcher(WHITESPACE.matcher(joined).replaceAll(" "))
              .replaceAll("\n")
              .strip();
      if (text.codePoints().noneMatch(Character::isLetter)) {
        continue;
      }
      result.addAll(cut(text));
    }
    return result;
  }

  /** The block with {@link #HEADING_BREAK} after each heading line, in place of its newline. */
  private static String markHeadingLines(String block) {
    String[] lines = block.split("\n", -1);
    int longest = 0;
    for (String line : lines) {
      longest = Math.max(longest, line.strip().length());
    }
    StringBuilder out = new StringBuilder(block.length());
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      if (i + 1 < lines.length) {
        boolean heading = isHeadingLine(lines[i].strip(), lines[i + 1].strip(), longest);
        out.append(heading ? HEADING_BREAK : '\n');
      }
    }
    return out.toString();
  }

  private static Set<String> runsOn() {
    Set<String> words = new HashSet<>();
    for (String language : List.of("english", "french", "german", "spanish", "italian")) {
      words.addAll(List.of(StopWordsRemover.loadDefaultStopWords(language)));
    }
    return Set.copyOf(words);
  }

  private static boolean isHeadingLine(String line, String next, int longest) {
    String[] words = WHITESPACE.split(line);
    return !line.isEmpty()
        && !RUNS_ON.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
        && line.length() <= HEADING_LINE_SHARE * longest
        && words.length <= HEADING_LINE_WORDS
        && !CLOSING_PUNCTUATION.matcher(line).matches()
        && OPENS_UNIT.matcher(next).matches();
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
