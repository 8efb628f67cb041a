package eu.chorus.annotate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds e-mail addresses, phone numbers and social-media accounts in a {@link Shadow} of a passage,
 * disguised or not: addresses spelled out ("jane dot doe at example dot org", "(at)", "[dot]", or
 * the words of {@code personal-data.json} in other languages), phone numbers grouped by any space
 * or dash, {@code @handles} and profile addresses ({@code linkedin.com/in/...}).
 */
final class ContactDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?";
  private static final String LOCAL_PART = "[\\p{L}\\p{N}_%+'-]+";
  private static final String OPEN = "[(\\[{<]";
  private static final String CLOSE = "[)\\]}>]";

  /** A date with a four-digit year, day first or year first: never a phone number. */
  private static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d\\d|(?:19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2})(?!\\d)");

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern DIGIT_GROUPS = Pattern.compile("\\d+");

  /** Digits grouped by thousands ("12 500 000", "1.000.000"): an amount. */
  private static final Pattern THOUSANDS =
      Pattern.compile("\\d{1,3}(?:([ .])\\d{3})(?:\\1\\d{3})*");

  /**
   * Digits grouped by spaces, dots, slashes or dashes, maybe after + or 00 and with bracketed
   * parts.
   */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.,+-])(?:(?:\\+|00) ?)?(?:\\(\\d{1,5}\\) ?)?\\d[\\d()]*+"
              + "(?:(?: {1,3}| ?[-./] ?)\\(?\\d[\\d()]*+)*+(?![\\p{L}\\p{N}])");

  /** {@code @handle}, or {@code @user@instance.social}. */
  private static final Pattern HANDLE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_.%+'@/-])"
              + "@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_](?:@"
              + LABEL
              + "(?:\\."
              + LABEL
              + ")+)?");

  /** How far before a number a phone word may stand ("Tel.: ", "phone number is "). */
  private static final int PHONE_WORD_WINDOW = 24;

  /** How far before and after an {@code @} or a word for it an address may reach. */
  private static final int ADDRESS_REACH = 320;

  /**
   * An address; tried only from the words before an {@code @} or a word for it ({@link
   * #separators}).
   */
  private final Pattern email;

  private final Pattern phoneWord;
  private final Pattern profile;
  private final List<String> profileSites;

  /** The words for {@code @} in lower case, and "a" ("jane.doe(a)example.org"). */
  private final List<String> atWords;

  /**
   * @param atWords words written for {@code @} ("at", "arroba")
   * @param dotWords words written for a dot in an address ("dot", "punto")
   * @param phoneWords words announcing a phone number ("tel", "mobile")
   * @param profileSites hosts whose addresses with a path name an account ("linkedin.com")
   */
  ContactDetails(
      List<String> atWords,
      List<String> dotWords,
      List<String> phoneWords,
      List<String> profileSites) {
    String dot =
        "(?:\\.| ?"
            + OPEN
            + " ?(?:"
            + words(dotWords)
            + "|\\.) ?"
            + CLOSE
            + " ?| "
            + words(dotWords)
            + " )";
    String at =
        " ?@ ?"
            + "|(?<bracketed> ?"
            + OPEN
            + " ?(?:"
            + words(atWords)
            + "|@) ?"
            + CLOSE
            + " ?|"
            + OPEN
            + "a"
            + CLOSE
            + ")"
            + "|(?<word> "
            + words(atWords)
            + " )";
    this.email =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'@-])"
                + "(?<local>"
                + LOCAL_PART
                + "(?:"
                + dot
                + LOCAL_PART
                + ")*)"
                + "(?:"
                + at
                + ")"
                + "(?<domain>"
                + LABEL
                + "(?:"
                + dot
                + LABEL
                + ")*"
                + dot
                + "(?<tld>\\p{L}{2,24}))"
                + "(?![\\p{L}\\p{N}@-]|\\.[\\p{L}\\p{N}])");
    this.phoneWord = Pattern.compile("(?<!\\p{L})" + words(phoneWords) + "(?!\\p{L})");
    this.profile =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/-])(?:https?://)?(?:[\\p{L}\\p{N}-]+\\.)*"
                + "(?:"
                + alternatives(profileSites, Pattern::quote)
                + ")/[^\\s<>\"'(){}\\[\\]]*[^\\s<>\"'(){}\\[\\].,;:!?]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.atWords =
        Stream.concat(atWords.stream().map(w -> w.toLowerCase(Locale.ROOT)), Stream.of("a"))
            .toList();
    this.profileSites =
        profileSites.stream().map(site -> site.toLowerCase(Locale.ROOT) + "/").toList();
  }

  /** The contact details of a passage, in original offsets. */
  List<Redactor.Span> find(Shadow shadow) {
    String s = shadow.text();
    List<Redactor.Span> found = new ArrayList<>();
    Matcher address = email.matcher(s).useTransparentBounds(true);
    for (int at : separators(s)) {
      // the address starts at the first local-part word before its @ that gives one
      for (int i = Math.max(0, at - ADDRESS_REACH); i < at; i++) {
        if (isLocalChar(s.charAt(i))
            && (i == 0 || !isLocalChar(s.charAt(i - 1)))
            && address.region(i, Math.min(s.length(), at + ADDRESS_REACH)).lookingAt()
            && address.end() > at) {
          if (isAddress(address)) {
            found.add(span(shadow, address, Redactor.EMAIL));
          }
          break;
        }
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (profileSites.stream().anyMatch(lower::contains)) {
      for (Matcher m = profile.matcher(s); m.find(); ) {
        found.add(span(shadow, m, Redactor.HANDLE));
      }
    }
    if (s.indexOf('@') >= 0) {
      for (Matcher m = HANDLE.matcher(s); m.find(); ) {
        if (!m.group().substring(1).chars().allMatch(Character::isDigit)) {
          found.add(span(shadow, m, Redactor.HANDLE));
        }
      }
    }
    for (Matcher m = PHONE.matcher(s); m.find(); ) {
      if (isPhone(m.group(), s.substring(Math.max(0, m.start() - PHONE_WORD_WINDOW), m.start()))) {
        found.add(span(shadow, m, Redactor.PHONE));
      }
    }
    return found;
  }

  /**
   * Where an {@code @} stands, or a word for it between spaces or brackets ("(a)" only between
   * brackets).
   */
  private List<Integer> separators(String s) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '@') {
        at.add(i);
      } else if (i > 0 && isSpaceOrBracket(s.charAt(i - 1))) {
        for (String word : atWords) {
          int after = i + word.length();
          if (after < s.length()
              && s.regionMatches(true, i, word, 0, word.length())
              && (isBracket(s.charAt(i - 1)) && isBracket(s.charAt(after))
                  || !word.equals("a") && isSpaceOrBracket(s.charAt(after)))) {
            at.add(i);
          }
        }
      }
    }
    return at;
  }

  private static boolean isSpaceOrBracket(char c) {
    return c == ' ' || isBracket(c);
  }

  private static boolean isLocalChar(char c) {
    return Character.isLetterOrDigit(c) || "_%+'-".indexOf(c) >= 0;
  }

  /**
   * An address written with {@code @} is one; a disguised one needs a letter in its local part and
   * a top-level domain in one case ("section.Providers" is a missing space); "at" as a plain word
   * needs a dotted name or a spelled-out dot ("jane.doe at example.org", "jane at example dot
   * org"), so that "published at europa.eu" stays.
   */
  private static boolean isAddress(Matcher m) {
    boolean bracketed = m.group("bracketed") != null;
    boolean word = m.group("word") != null;
    if (!bracketed && !word) {
      return true;
    }
    String local = m.group("local");
    String tld = m.group("tld");
    if (local.codePoints().noneMatch(Character::isLetter)
        || !(tld.equals(tld.toLowerCase(Locale.ROOT))
            || tld.equals(tld.toUpperCase(Locale.ROOT)))) {
      return false;
    }
    return !word
        || local.chars().anyMatch(c -> c == '.' || c == ' ' || isBracket(c))
        || m.group("domain").chars().anyMatch(c -> c == ' ' || isBracket(c));
  }

  private static boolean isBracket(int c) {
    return "([{<)]}>".indexOf(c) >= 0;
  }

  /**
   * Whether digits grouped like a phone number are one. With + or 00: 8 to 16 digits. After a phone
   * word: 6 to 16. With a trunk 0 ("030 5557 1234", "(0)", not "0.5"): 8 to 13. Otherwise 8 to 12
   * digits in groups of two or more split by a space, not an amount ("12 500 000") and no year
   * among the groups ("2022 2023 2024"). Never a date ("01.02.2024"), so that legal references
   * ("2019/790", "Article 53(1)"), years and dates stay.
   */
  private boolean isPhone(String candidate, String before) {
    int digits = (int) candidate.chars().filter(Character::isDigit).count();
    if (DATE.matcher(candidate).find()) {
      return false;
    }
    if (candidate.startsWith("+") || candidate.startsWith("00")) {
      return digits >= 8 && digits <= 16;
    }
    if (phoneWord.matcher(before.toLowerCase(Locale.ROOT)).find()) {
      return digits >= 6 && digits <= 16;
    }
    List<String> groups =
        DIGIT_GROUPS.matcher(candidate).results().map(java.util.regex.MatchResult::group).toList();
    if (candidate.startsWith("0") || candidate.startsWith("(0")) {
      return digits >= 8 && digits <= 13 && groups.get(0).length() >= 2;
    }
    return digits >= 8
        && digits <= 12
        && groups.size() >= 2
        && candidate.contains(" ")
        && groups.stream().allMatch(g -> g.length() >= 2 && !YEAR.matcher(g).matches())
        && (groups.size() > 2 || digits >= 9)
        && !THOUSANDS.matcher(candidate).matches();
  }

  private static Redactor.Span span(Shadow shadow, Matcher m, String marker) {
    int[] original = shadow.original(m.start(), m.end());
    return new Redactor.Span(original[0], original[1], marker);
  }

  /** Case-insensitive alternatives of words, longest first, in a group. */
  private static String words(List<String> words) {
    return "(?iu:" + alternatives(words, Pattern::quote) + ")";
  }

  /**
   * The regular expressions of {@code form} for each of {@code cues}, longest cue first, as
   * alternatives.
   */
  static String alternatives(List<String> cues, Function<String, String> form) {
    return String.join(
        "|",
        cues.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(form)
            .toList());
  }
}
