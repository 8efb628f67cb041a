package eu.chorus.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.ops.ClasspathJson;
import eu.chorus.position.Sentences;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a sentence has the form of something a chair can quote, whatever it says: not a heading,
 * a lead-in ("We propose the following:"), a question, a fragment, a footnote or citation, a line
 * of a table of contents or a list of addresses, nor a courtesy (thanks for the opportunity to
 * respond, who the respondent is, a disclaimer), nor what others say or propose, reported ("The
 * Commission proposes...", "According to the study..."). Only the form and these set phrases are
 * read here; what the sentence says is {@link SentenceStance}'s.
 *
 * <p>The words that open a citation or make up a reference are data ({@code
 * chorus/quote-filters.json} in nlp-models), all languages' tried on every sentence.
 */
final class SentenceForm {

  static final String RESOURCE = "chorus/quote-filters.json";

  /** Sentences shorter than this are fragments or headings, never quoted on their own. */
  static final int MIN_WORDS = 8;

  /** A sentence whose words are mostly references (and has at least two numbers) is a citation. */
  static final double REFERENCE_SHARE = 0.6;

  /** A sentence whose characters are this much web or e-mail addresses is a reference. */
  static final double ADDRESS_SHARE = 0.25;

  /** Why a sentence is not quotable. */
  enum Rejection {
    QUESTION,
    HEADING,
    LEAD_IN,
    FRAGMENT,
    FOOTNOTE,
    CITATION,
    ADDRESSES,
    TABLE_OF_CONTENTS,
    /** Starts in lower case: the rest of a sentence cut at a page, column or passage break. */
    CUT,
    /**
     * A courtesy, self-presentation or disclaimer ("X welcomes the opportunity to respond"): the
     * respondent's voice, but no position on a measure.
     */
    COURTESY,
    /**
     * Speech reported from someone else ("The Commission proposes...", "The experts concluded
     * that...", "According to a study..."): what a document or others say, not the respondent.
     */
    REPORTED
  }

  private static final Pattern TERMINAL =
      Pattern.compile(".*[.!?…][\\p{Pf}\\p{Pe}\"'»”’]*$", Pattern.DOTALL);
  private static final Pattern QUESTION_END =
      Pattern.compile(".*[?？¿][\\p{Pf}\\p{Pe}\"'»”’]*$", Pattern.DOTALL);
  private static final Pattern LEAD_IN_END =
      Pattern.compile(".*[:：][\\p{Pf}\\p{Pe}\"'»”’]*$", Pattern.DOTALL);

  /**
   * A footnote's mark before its text: "1 See", "[12]", "¹", "12 https://". Not "1." or "(1)" of a
   * list; a sentence opening with a bare count before a capital ("12 Member States") is taken for
   * one.
   */
  private static final Pattern FOOTNOTE_MARK =
      Pattern.compile("^\\s*(?:\\[\\d{1,3}]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\d{1,3}\\s+(?=\\p{Lu}|https?:|www\\.))");

  /**
   * Dot leaders of a table of contents ("Introduction ........ 3"), also spaced or with other
   * fillers.
   */
  private static final Pattern LEADERS =
      Pattern.compile("(?:\\.\\s?){4,}|…{2,}|(?:·\\s?){3,}|_{4,}");

  /** A line of a table of contents: words, then a page number, no punctuation. */
  private static final Pattern PAGE_NUMBER_END =
      Pattern.compile(".*\\p{L}[\\p{L}\\p{Pe})]*\\s+\\d{1,3}$", Pattern.DOTALL);

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:eu|com|org|net|int|gov|edu)(?:/\\S*)?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’./][\\p{L}\\p{N}]+)*");
  private static final Pattern ROMAN = Pattern.compile("[ivxlcIVXLC]{1,6}");

  private final Set<String> citationOpeners;
  private final Set<String> referenceWords;

  /** An answer label as written, run into a new capitalised sentence after it. */
  private final Pattern runInLabel;

  /** Any courtesy phrase, as a whole phrase in the lower-cased sentence. */
  private final Pattern courtesy;

  /** Speech reported from someone else. */
  private final ReportedSpeech reported;

  private SentenceForm(
      Set<String> citationOpeners,
      Set<String> referenceWords,
      Collection<String> answerLabels,
      Collection<String> courtesies,
      ReportedSpeech reported) {
    this.citationOpeners = Set.copyOf(citationOpeners);
    this.courtesy =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives(courtesies) + ")(?![\\p{L}\\p{N}])");
    this.reported = reported;
    this.referenceWords = Set.copyOf(referenceWords);
    this.runInLabel =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}'’])(?:" + alternatives(answerLabels) + ")(?=\\s+\\p{Lu})");
  }

  static SentenceForm load() {
    JsonNode root = ClasspathJson.read(RESOURCE, "quote filters");
    Set<String> labels = new TreeSet<>();
    root.path("answer_labels").forEach(list -> list.forEach(w -> labels.add(w.asText())));
    return new SentenceForm(
        words(root.path("citation_openers")),
        words(root.path("reference_words")),
        labels,
        words(root.path("courtesies")),
        ReportedSpeech.of(root));
  }

  /** The phrases as one regular-expression alternation, longest first, each taken literally. */
  static String alternatives(Collection<String> phrases) {
    return phrases.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * The sentences of a passage as quotes and claims read them: {@link Sentences#of}, each also
   * ended after an answer label run into the sentence that follows it ("Types of risk Support Both
   * belong in the list." is a table row: "Types of risk Support", a heading with its label, then
   * the respondent's sentence).
   */
  List<Sentences.Span> sentences(String text) {
    List<Sentences.Span> out = new ArrayList<>();
    for (Sentences.Span span : Sentences.of(text)) {
      Matcher m = runInLabel.matcher(text).region(span.start(), span.end());
      int from = span.start();
      while (m.find()) {
        out.add(new Sentences.Span(from, m.end()));
        from = m.end();
        while (from < span.end() && Character.isWhitespace(text.charAt(from))) {
          from++;
        }
      }
      if (from < span.end()) {
        out.add(new Sentences.Span(from, span.end()));
      }
    }
    return out;
  }

  /** Every language's words of one list, in lower case. */
  private static Set<String> words(JsonNode byLanguage) {
    Set<String> words = new HashSet<>();
    byLanguage.forEach(list -> list.forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT))));
    return words;
  }

  /**
   * What {@code quoted} (sentence {@code i} of {@code text}, perhaps with the next) is read as:
   * with the heading that stands right before it (a heading line, or a table row's first cells and
   * answer label), which says which measure it is about and, in a table, which side it takes.
   */
  String readAs(String text, List<Sentences.Span> spans, int i, String quoted) {
    String previous = i == 0 ? "" : spans.get(i - 1).of(text);
    return i > 0 && rejection(previous).equals(Optional.of(Rejection.HEADING))
        ? previous + " " + quoted
        : quoted;
  }

  /** Why {@code sentence} (one sentence, trimmed) cannot be quoted; empty when it can. */
  Optional<Rejection> rejection(String sentence) {
    String s = sentence.strip();
    if (QUESTION_END.matcher(s).matches()) {
      return Optional.of(Rejection.QUESTION);
    }
    if (LEADERS.matcher(s).find()
        || (PAGE_NUMBER_END.matcher(s).matches() && !TERMINAL.matcher(s).matches())) {
      return Optional.of(Rejection.TABLE_OF_CONTENTS);
    }
    if (LEAD_IN_END.matcher(s).matches()) {
      return Optional.of(Rejection.LEAD_IN);
    }
    if (FOOTNOTE_MARK.matcher(s).find()) {
      return Optional.of(Rejection.FOOTNOTE);
    }
    String first = firstWord(s);
    if (citationOpeners.contains(first)) {
      return Optional.of(Rejection.CITATION);
    }
    if (addressShare(s) >= ADDRESS_SHARE) {
      return Optional.of(Rejection.ADDRESSES);
    }
    if (startsInLowerCase(s)) {
      return Optional.of(Rejection.CUT);
    }
    if (!TERMINAL.matcher(s).matches() || isCapitals(s) || opensWithCapitals(s)) {
      return Optional.of(Rejection.HEADING);
    }
    if (words(s) < MIN_WORDS) {
      return Optional.of(Rejection.FRAGMENT);
    }
    if (isReference(s)) {
      return Optional.of(Rejection.CITATION);
    }
    if (courtesy.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).find()) {
      return Optional.of(Rejection.COURTESY);
    }
    if (reported.reports(s)) {
      return Optional.of(Rejection.REPORTED);
    }
    return Optional.empty();
  }

  /** Whether a passage as a whole is a table of contents (dot leaders). */
  static boolean isTableOfContents(String passage) {
    Matcher m = LEADERS.matcher(passage);
    return m.find();
  }

  static int words(String sentence) {
    int n = 0;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * A text as compared for repetition: Unicode-normalised, lower case, only letters and digits
   * (case, spacing and punctuation do not make two quotes different).
   */
  static String normalised(String text) {
    return Sentences.normalised(text);
  }

  private static String firstWord(String s) {
    Matcher m = WORD.matcher(s);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
  }

  private static double addressShare(String s) {
    int chars = 0;
    Matcher m = ADDRESS.matcher(s);
    while (m.find()) {
      chars += m.end() - m.start();
    }
    return s.isEmpty() ? 0 : chars / (double) s.length();
  }

  private static boolean startsInLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /**
   * Opens with three words in capitals (ten letters or more between them): a heading that
   * extraction ran into its paragraph ("RELATIONSHIP TO EXISTING FRAMEWORKS As the Commission").
   */
  private static boolean opensWithCapitals(String s) {
    Matcher m = WORD.matcher(s);
    int letters = 0;
    for (int i = 0; i < 3; i++) {
      if (!m.find()
          || m.group().chars().noneMatch(Character::isLetter)
          || m.group().chars().anyMatch(Character::isLowerCase)) {
        return false;
      }
      letters += (int) m.group().chars().filter(Character::isLetter).count();
    }
    return letters >= 10;
  }

  /** Mostly upper-case letters: a heading set in capitals. */
  private static boolean isCapitals(String s) {
    long letters = s.chars().filter(Character::isLetter).count();
    long upper = s.chars().filter(Character::isUpperCase).count();
    return letters >= 12 && upper > 0.8 * letters;
  }

  /** Mostly reference words, numbers (Arabic or Roman) and addresses, with at least two numbers. */
  private boolean isReference(String s) {
    int words = 0;
    int references = 0;
    int numbers = 0;
    Matcher m = WORD.matcher(ADDRESS.matcher(s).replaceAll(" 0 "));
    while (m.find()) {
      String w = m.group();
      words++;
      boolean number =
          w.chars().anyMatch(Character::isDigit)
              || (ROMAN.matcher(w).matches()
                  && !w.equalsIgnoreCase("i")
                  && w.chars().allMatch(Character::isUpperCase));
      if (number) {
        numbers++;
      }
      if (number || referenceWords.contains(w.toLowerCase(Locale.ROOT))) {
        references++;
      }
    }
    return numbers >= 2 && references >= REFERENCE_SHARE * words;
  }
}
