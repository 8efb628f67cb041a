package eu.chorus.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds names without a NER model, in any language, from the cues of {@code personal-data.json}:
 * the capitalised words that sign a letter after its closing ("Cordiali saluti, Giulia Bianchi",
 * "Mit freundlichen Grüßen" ending one passage and "Max Mustermann" opening the next) and those
 * after a title ("Dott.ssa Bianchi", "Herr Müller"). A name is up to {@link #SIGNATURE_WORDS}
 * capitalised words (initials and particles such as "von der" inside count along); a comma or other
 * punctuation ends it. After a closing, a short capitalised word that the file also writes in lower
 * case with no capitalised word after it opens a sentence, not a name ("Sincerely, We hope").
 */
final class PersonNames implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SIGNATURE_WORDS = 4;
  private static final int TITLED_WORDS = 3;
  private static final int PERSON_WORDS = 2;

  /**
   * Longest word that may open a sentence rather than a name after a closing ({@link #isSentence}).
   */
  private static final int SENTENCE_WORD = 3;

  /** What may stand between a closing and the name: spaces, punctuation, a dash. */
  private static final String AFTER_CLOSING = "[ ,.:;!-]*";

  /** Longer than any closing and what may follow it at the end of a passage. */
  private static final int CLOSING_TAIL = 120;

  private final Pattern closing;
  private final Pattern closingAtEnd;
  private final Pattern title;
  private final Set<String> particles;

  /**
   * The first words of the closings and titles, in lower case: only where one stands is a pattern
   * tried.
   */
  private final Set<String> closingStarts;

  private final Set<String> titleStarts;

  PersonNames(List<String> closings, List<String> titles, List<String> particles) {
    String closingPhrases =
        "(?<!\\p{L})(?iu:" + ContactDetails.alternatives(closings, PersonNames::phrase) + ")";
    this.closing = Pattern.compile(closingPhrases + "(?!\\p{L})" + AFTER_CLOSING);
    this.closingAtEnd = Pattern.compile(closingPhrases + AFTER_CLOSING + "$");
    this.title =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.-])(?:"
                + ContactDetails.alternatives(titles, PersonNames::titleForm)
                + ") +");
    this.particles = Set.copyOf(particles);
    this.closingStarts =
        closings.stream().map(PersonNames::firstWord).collect(Collectors.toUnmodifiableSet());
    this.titleStarts =
        titles.stream().map(PersonNames::firstWord).collect(Collectors.toUnmodifiableSet());
  }

  private static String firstWord(String phrase) {
    int end = 0;
    while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
      end++;
    }
    return phrase.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** A phrase's words with any spacing between them; punctuation may touch the word before. */
  private static String phrase(String p) {
    StringBuilder b = new StringBuilder();
    for (String w : p.strip().split("\\s+")) {
      if (b.length() > 0) {
        b.append(Character.isLetter(w.codePointAt(0)) ? " +" : " *");
      }
      b.append(Pattern.quote(w));
    }
    return b.toString();
  }

  /**
   * A title as written, its final dot optional ("Dott", "Dott."); in lower case only abbreviated
   * ("dott.", "sig.ra"), since "mag" or "don" in lower case are ordinary words. Never in capitals
   * ("MS" is not "Ms").
   */
  private static String titleForm(String t) {
    int first = t.codePointAt(0);
    String rest = Pattern.quote(t.substring(Character.charCount(first)));
    String upper = new String(Character.toChars(Character.toUpperCase(first)));
    String lower = new String(Character.toChars(Character.toLowerCase(first)));
    return Pattern.quote(upper)
        + rest
        + "\\.?|"
        + Pattern.quote(lower)
        + rest
        + (t.contains(".") ? "\\.?" : "\\.");
  }

  /** Whether a passage ends with a closing, so that the next one opens with the signer's name. */
  boolean endsWithClosing(String text) {
    Matcher m = closingAtEnd.matcher(text).useTransparentBounds(true);
    for (int i : wordStarts(text, Math.max(0, text.length() - CLOSING_TAIL), closingStarts)) {
      if (m.region(i, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Where, from {@code from} on, a word in {@code words} (in lower case) starts. */
  private static List<Integer> wordStarts(String text, int from, Set<String> words) {
    List<Integer> starts = new ArrayList<>();
    for (int i = from; i < text.length(); ) {
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j > i
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && words.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
        starts.add(i);
      }
      i = Math.max(j, i + 1);
    }
    return starts;
  }

  /**
   * A name in the {@link Shadow} text, {@code [begin, end)}; {@code [begin, personEnd)} is the part
   * that names the person wherever it recurs: its first {@value #PERSON_WORDS} words (given name
   * and surname; a signature's next words are often a role, "Head of Policy").
   */
  record Found(int begin, int end, int personEnd) {}

  /**
   * The names of a passage's {@link Shadow} text.
   *
   * @param signed the passage before ended with a closing: a name opening this one signs it
   * @param common words the file uses in lower case
   */
  List<Found> find(String text, boolean signed, Set<String> common) {
    List<Found> found = new ArrayList<>();
    if (signed) {
      add(name(text, 0, SIGNATURE_WORDS, common), found);
    }
    Matcher closingAt = closing.matcher(text).useTransparentBounds(true);
    for (int i : wordStarts(text, 0, closingStarts)) {
      if (closingAt.region(i, text.length()).lookingAt()) {
        add(name(text, closingAt.end(), SIGNATURE_WORDS, common), found);
      }
    }
    Matcher titleAt = title.matcher(text).useTransparentBounds(true);
    for (int i : wordStarts(text, 0, titleStarts)) {
      if (titleAt.region(i, text.length()).lookingAt()) {
        add(name(text, titleAt.end(), TITLED_WORDS, Set.of()), found);
      }
    }
    return found;
  }

  private static void add(Found name, List<Found> found) {
    if (name != null) {
      found.add(name);
    }
  }

  /**
   * The name starting at {@code from}, after any titles; null if none.
   *
   * @param common words the file writes in lower case, for {@link #isSentence}; empty after a title
   */
  private Found name(String s, int from, int maxWords, Set<String> common) {
    int begin = -1;
    int end = -1;
    int personEnd = -1;
    int words = 0;
    int i = skipSpaces(s, from);
    while (i < s.length() && words < maxWords) {
      Matcher t = title.matcher(s).region(i, s.length());
      if (begin < 0 && t.lookingAt()) {
        i = t.end();
        continue;
      }
      int j = wordEnd(s, i);
      String word = s.substring(i, j);
      boolean particle = begin >= 0 && particlesBeforeName(s, i);
      if (!particle && !isCapitalised(word)) {
        break;
      }
      boolean more = j < s.length() && s.charAt(j) == ' ';
      if (begin < 0 && isSentence(s, word, more ? skipSpaces(s, j) : j, common)) {
        break;
      }
      if (!particle) {
        begin = begin < 0 ? i : begin;
        end = j;
        personEnd = ++words <= PERSON_WORDS ? j : personEnd;
      }
      if (!more) {
        break;
      }
      i = skipSpaces(s, j);
    }
    return begin < 0 ? null : new Found(begin, end, personEnd);
  }

  /**
   * Whether a capitalised {@code word} opens a sentence rather than a name: a short word the file
   * writes in lower case, no capitalised word after it ("Sincerely, We hope", "Our team"). A name
   * of common words ("Mark Green", "Rosa Bianco") is still a name.
   */
  private static boolean isSentence(String s, String word, int next, Set<String> common) {
    return word.length() <= SENTENCE_WORD
        && common.contains(word.toLowerCase(Locale.ROOT))
        && !isCapitalised(s.substring(next, wordEnd(s, next)));
  }

  /**
   * Whether particles start at {@code i} ("von der", "Van den") and a capitalised word follows
   * them.
   */
  private boolean particlesBeforeName(String s, int i) {
    int particlesSeen = 0;
    int j = wordEnd(s, i);
    while (j > i && isParticle(s.substring(i, j)) && j < s.length() && s.charAt(j) == ' ') {
      particlesSeen++;
      i = skipSpaces(s, j);
      j = wordEnd(s, i);
    }
    return particlesSeen > 0
        && j > i
        && isCapitalised(s.substring(i, j))
        && !isParticle(s.substring(i, j));
  }

  private boolean isParticle(String word) {
    return particles.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The end of the word at {@code i}: letters, marks, apostrophes and inner hyphens; a dot only
   * after a single letter (an initial, "G.").
   */
  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length()) {
      int cp = s.codePointAt(j);
      boolean inner =
          (cp == '\'' || cp == '\u2019' || cp == '-')
              && j > i
              && j + 1 < s.length()
              && Character.isLetter(s.codePointAt(j + 1));
      if (!(Character.isLetter(cp)
          || Character.getType(cp) == Character.NON_SPACING_MARK
          || inner)) {
        break;
      }
      j += Character.charCount(cp);
    }
    if (j == i + 1 && j < s.length() && s.charAt(j) == '.' && Character.isUpperCase(s.charAt(i))) {
      j++;
    }
    return j;
  }

  private static boolean isCapitalised(String word) {
    if (word.isEmpty()) {
      return false;
    }
    int first = word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
