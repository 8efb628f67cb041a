package eu.chorus.passage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
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

  /** What opens a list item. */
  private static final String BULLETS = "•▪●◦■‣∙-";

  /** A paragraph repeated on this many pages of a file is a running head or foot. */
  static final int RUNNING_MIN_PAGES = 3;

  /** A running head or foot has at most this many words. */
  static final int RUNNING_MAX_WORDS = 20;

  /** A line that stops mid-sentence has at least this many words: a heading has fewer. */
  static final int OPEN_MIN_WORDS = 8;

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** A footnote at a page's foot: "3 Directive (EU) 2019/790 on copyright…". */
  private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,3}\\s+\\S.*", Pattern.DOTALL);

  /** A numbered heading: "4.3 Text and data mining opt-outs and crawlers", no sentence in it. */
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+[^.!?]*$", Pattern.DOTALL);

  /** Ends with a word in lower case, or a comma: no address ("www.example.eu"), no number. */
  private static final Pattern ENDS_OPEN =
      Pattern.compile("(?:.*\\s)?[\\p{L}'’-]*\\p{Ll},?$", Pattern.DOTALL);

  private static final Pattern OPENS_ITEM = Pattern.compile("^(?:[" + BULLETS + "]|\\d+[.)]\\s).*");

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

  private static final Pattern OPENS_UNIT = Pattern.compile("^(?:\\p{Lu}|\\d|[" + BULLETS + "]).*");

  private final int maxChars;
  private final boolean joinPrintedLines;

  public PassageSplitter(int maxChars) {
    this(maxChars, false);
  }

  /**
   * @param joinPrintedLines whether to undo running heads and sentences cut at printed lines and
   *     pages ({@link #passages}); off by default (see the README's measurements)
   */
  public PassageSplitter(int maxChars, boolean joinPrintedLines) {
    if (maxChars < 80) {
      throw new IllegalArgumentException("passage.maxChars must be at least 80, was " + maxChars);
    }
    this.maxChars = maxChars;
    this.joinPrintedLines = joinPrintedLines;
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

  /**
   * The passages of a whole file: ids numbered in reading order across its pages.
   *
   * <p>With {@code joinPrintedLines}, what the printed page adds is undone, as a reader skips it:
   *
   * <ul>
   *   <li>a running head or foot (a short paragraph opening or closing {@link #RUNNING_MIN_PAGES}
   *       pages or more, digits aside: "Karen Yeung Response to EU White Paper on AI 13 June 2020",
   *       "Page 3 of 10") is kept where it first stands and dropped from the other pages;
   *   <li>a paragraph that stops mid-sentence ("… measures being taken by the government to boost")
   *       is joined with the next one ("AI research and innovation and support its adoption."), on
   *       the same page or at the top of the next, so that no sentence is split in two passages and
   *       its second half read as a sentence of its own. Many PDFs give each printed line as a
   *       paragraph of its own: in a run of the real White Paper export two passages in five were
   *       such a piece of a sentence. Footnotes and a running head or foot met before the sentence
   *       goes on ("3 Directive (EU) 2019/790 …" at the foot of its page) are passages of their
   *       own, after it.
   * </ul>
   */
  public List<Passage> passages(
      String submissionId, int fileIndex, String file, String language, List<String> pages) {
    List<List<String>> byPage = new ArrayList<>();
    pages.forEach(p -> byPage.add(paragraphs(p)));
    Set<String> running = joinPrintedLines ? runningParagraphs(byPage) : Set.of();
    Set<String> seen = new HashSet<>();
    List<Passage> passages = new ArrayList<>();
    BiConsumer<CharSequence, Integer> emit =
        (text, page) -> add(passages, text, submissionId, fileIndex, file, page, language);
    StringBuilder open = null; // the paragraph being read, while the next may carry it on
    int openPage = 0;
    int lastPage = 0;
    // footnotes and running heads met while a sentence runs on: they follow it
    List<Map.Entry<String, Integer>> aside = new ArrayList<>();
    for (int page = 1; page <= byPage.size(); page++) {
      for (String text : byPage.get(page - 1)) {
        String key = running.isEmpty() ? null : runningKey(text);
        boolean isRunning = key != null && running.contains(key);
        if (isRunning && !seen.add(key)) {
          continue;
        }
        boolean runsOn = joinPrintedLines && open != null && stopsBefore(open, lastPage, page);
        if (runsOn && (isRunning || FOOTNOTE.matcher(text).matches())) {
          aside.add(Map.entry(text, page));
        } else if (runsOn && continues(text)) {
          open.append(' ').append(text);
          lastPage = page;
        } else {
          emit.accept(open, openPage);
          aside.forEach(a -> emit.accept(a.getKey(), a.getValue()));
          aside.clear();
          open = new StringBuilder(text);
          openPage = page;
          lastPage = page;
        }
      }
    }
    emit.accept(open, openPage);
    aside.forEach(a -> emit.accept(a.getKey(), a.getValue()));
    return passages;
  }

  /** Adds a paragraph's passages (cut at {@code maxChars}), numbered on from the last. */
  private void add(
      List<Passage> passages,
      CharSequence paragraph,
      String submissionId,
      int fileIndex,
      String file,
      int page,
      String language) {
    if (paragraph == null) {
      return;
    }
    for (String piece : cut(paragraph.toString())) {
      passages.add(
          new Passage(
              Passage.id(submissionId, fileIndex, passages.size() + 1),
              submissionId,
              file,
              page,
              language,
              piece));
    }
  }

  /** The keys ({@link #runningKey}) of the short paragraphs that open or close several pages. */
  private static Set<String> runningParagraphs(List<List<String>> byPage) {
    Map<String, Set<Integer>> pagesOf = new java.util.HashMap<>();
    for (int page = 0; page < byPage.size(); page++) {
      List<String> paragraphs = byPage.get(page);
      for (int i = 0; i < paragraphs.size(); i++) {
        String text = paragraphs.get(i);
        boolean headOrFoot = i == 0 || i == paragraphs.size() - 1;
        if (headOrFoot && WHITESPACE.split(text).length <= RUNNING_MAX_WORDS) {
          pagesOf.computeIfAbsent(runningKey(text), k -> new HashSet<>()).add(page);
        }
      }
    }
    Set<String> running = new HashSet<>();
    pagesOf.forEach(
        (key, on) -> {
          if (on.size() >= RUNNING_MIN_PAGES) {
            running.add(key);
          }
        });
    return running;
  }

  /** A paragraph as running heads repeat it: case and page numbers aside. */
  private static String runningKey(String text) {
    return DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#");
  }

  /**
   * Whether a paragraph stops mid-sentence: its last line ends with a word in lower case (not an
   * address) or a comma, and is long enough not to be a heading.
   */
  private static boolean endsOpen(CharSequence paragraph) {
    String text = paragraph.toString();
    String last = text.substring(text.lastIndexOf('\n') + 1);
    return ENDS_OPEN.matcher(last).matches()
        && !NUMBERED_HEADING.matcher(last).matches()
        && WHITESPACE.split(last.strip()).length >= OPEN_MIN_WORDS;
  }

  /**
   * Whether {@code previous} (on {@code previousPage}) stops mid-sentence right before a paragraph
   * on {@code page}: a page left empty between them (a figure, a scan without text) ends what ran
   * on.
   */
  static boolean stopsBefore(CharSequence previous, int previousPage, int page) {
    return page - previousPage <= 1 && endsOpen(previous);
  }

  /**
   * Whether a paragraph may carry on the sentence before it: not a list item, nor opened by a
   * heading line.
   */
  static boolean continues(String text) {
    return !OPENS_ITEM.matcher(text).matches() && text.indexOf('\n') < 0;
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
