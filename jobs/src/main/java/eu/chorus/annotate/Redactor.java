package eu.chorus.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from the text of respondents who asked to stay anonymous: PERSON mentions
 * found by NER, the respondent's declared name, e-mail addresses and phone numbers.
 */
public final class Redactor {

  public static final String NAME = "[name]";
  public static final String EMAIL = "[e-mail]";
  public static final String PHONE = "[phone]";

  // CoreNLP's English and German models say PERSON; other languages' models (WikiNER, AnCora
  // derived) may use their corpus's own labels for the same thing.
  private static final java.util.Set<String> PERSON_TYPES = java.util.Set.of(Mention.PERSON, "PER", "PERS", "I-PER", "B-PER");

  private static final Pattern EMAIL_ADDRESS =
      Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
  // International or national numbers with at least 8 digits, grouped by spaces, dots, dashes or
  // slashes, optionally with a (0) or an area code in brackets.
  private static final Pattern PHONE_NUMBER =
      Pattern.compile("(?<![\\w/.])(?:\\+|00)?\\d[\\d ()./-]{6,}\\d(?![\\w/])");

  private Redactor() {}

  /**
   * @param mentions NER mentions with offsets into {@code text}
   * @param names names known from the metadata (organisation of an anonymous respondent)
   */
  public static String redact(String text, List<Mention> mentions, List<String> names) {
    List<int[]> spans = new ArrayList<>();
    for (Mention m : mentions) {
      if (PERSON_TYPES.contains(m.type()) && m.begin() >= 0 && m.end() <= text.length()) {
        spans.add(new int[] {m.begin(), m.end(), 0});
      }
    }
    // A person named once is often named again by surname alone, where NER may miss it.
    for (Mention m : mentions) {
      if (PERSON_TYPES.contains(m.type())) {
        for (String part : m.text().split("[\\s,]+")) {
          if (part.length() >= 3 && Character.isUpperCase(part.codePointAt(0))) {
            addMatches(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])").matcher(text), 0, spans);
          }
        }
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String needle = name.toLowerCase(Locale.ROOT);
      for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
        spans.add(new int[] {i, i + needle.length(), 0});
      }
    }
    addMatches(EMAIL_ADDRESS.matcher(text), 1, spans);
    addMatches(PHONE_NUMBER.matcher(text), 2, spans);
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] span : spans) {
      if (span[0] < at) {
        continue;
      }
      if (isPhoneLikeDate(text, span)) {
        continue;
      }
      out.append(text, at, span[0]).append(span[2] == 0 ? NAME : span[2] == 1 ? EMAIL : PHONE);
      at = span[1];
    }
    return out.append(text.substring(at)).toString();
  }

  private static void addMatches(Matcher m, int kind, List<int[]> spans) {
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (kind == 2 && digits.length() < 8) {
        continue;
      }
      spans.add(new int[] {m.start(), m.end(), kind});
    }
  }

  // "2019/1937", "10.2024" and article numbers are not phone numbers: require a phone to contain
  // a space, a plus or to start with 0.
  private static boolean isPhoneLikeDate(String text, int[] span) {
    if (span[2] != 2) {
      return false;
    }
    String s = text.substring(span[0], span[1]);
    return !(s.startsWith("+") || s.startsWith("0") || s.contains(" ") || s.contains("("));
  }
}
