package eu.chorus.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.ops.ClasspathJson;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes personal data from the text of respondents who asked to stay anonymous: PERSON mentions
 * found by NER, names signing a letter or following a title ({@link PersonNames}), the respondent's
 * declared name, e-mail addresses, phone numbers and social-media accounts ({@link
 * ContactDetails}), disguised or not. Detection reads a {@link Shadow} of each passage (zero-width
 * characters dropped, NFKC); the original's characters are what is replaced, so the rest of the
 * text stays as written. The cues are data: {@code chorus/personal-data.json}.
 */
public final class Redactor implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String RESOURCE = "chorus/personal-data.json";

  public static final String NAME = "[name]";
  public static final String EMAIL = "[e-mail]";
  public static final String PHONE = "[phone]";
  public static final String HANDLE = "[handle]";

  // CoreNLP's English and German models say PERSON; other languages' models (WikiNER, AnCora
  // derived) may use their corpus's own labels for the same thing.
  private static final Set<String> PERSON_TYPES =
      Set.of(Mention.PERSON, "PER", "PERS", "I-PER", "B-PER");

  /** Shortest part of a name that is redacted where it recurs alone (a surname). */
  private static final int MIN_PART = 3;

  private static final Pattern SPACES = Pattern.compile(" +");

  /** A stretch of the original text and the marker that replaces it. */
  record Span(int begin, int end, String marker) {}

  private final ContactDetails contacts;
  private final PersonNames names;

  private Redactor(ContactDetails contacts, PersonNames names) {
    this.contacts = contacts;
    this.names = names;
  }

  private static final class Standard {
    static final Redactor INSTANCE = parse(ClasspathJson.read(RESOURCE, "personal-data cues"));
  }

  /** The redactor of {@code chorus/personal-data.json}, read once. */
  public static Redactor standard() {
    return Standard.INSTANCE;
  }

  static Redactor parse(JsonNode root) {
    List<String> closings = new ArrayList<>();
    root.path("closings").forEach(byLanguage -> closings.addAll(strings(byLanguage)));
    return new Redactor(
        new ContactDetails(
            strings(root.path("email_at")),
            strings(root.path("email_dot")),
            strings(root.path("phone_words")),
            strings(root.path("profile_sites"))),
        new PersonNames(
            closings, strings(root.path("titles")), strings(root.path("name_particles"))));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * One passage on its own, with the standard cues.
   *
   * @param mentions NER mentions with offsets into {@code text}
   * @param declared names known from the metadata (organisation of an anonymous respondent)
   */
  public static String redact(String text, List<Mention> mentions, List<String> declared) {
    return standard().redactFile(List.of(text), List.of(mentions), declared).get(0);
  }

  /**
   * The passages of one file, in reading order, redacted together: a name found in one passage (by
   * NER, a signature or a title) is redacted wherever it recurs in the file, also a part of it
   * alone (the surname), and a closing that ends one passage makes the name opening the next a
   * signature.
   *
   * @param mentions per passage, NER mentions with offsets into its text
   * @param declared names known from the metadata (organisation of an anonymous respondent)
   */
  public List<String> redactFile(
      List<String> texts, List<List<Mention>> mentions, List<String> declared) {
    List<Shadow> shadows = texts.stream().map(Shadow::of).toList();
    List<List<Span>> spans = new ArrayList<>();
    for (Shadow shadow : shadows) {
      spans.add(contacts.find(shadow));
    }
    Set<String> common = lowerCaseWords(texts, spans);
    Set<String> people = new LinkedHashSet<>();
    boolean signed = false;
    for (int i = 0; i < texts.size(); i++) {
      List<Span> found = spans.get(i);
      for (Mention m : mentions.get(i)) {
        boolean inside = m.begin() >= 0 && m.begin() < m.end() && m.end() <= texts.get(i).length();
        if (PERSON_TYPES.contains(m.type()) && inside) {
          found.add(new Span(m.begin(), m.end(), NAME));
          people.add(Shadow.of(m.text()).text());
        }
      }
      Shadow shadow = shadows.get(i);
      for (PersonNames.Found n : names.find(shadow.text(), signed, common)) {
        found.add(span(shadow, n.begin(), n.end(), NAME));
        people.add(shadow.text().substring(n.begin(), n.personEnd()));
      }
      signed = names.endsWithClosing(shadow.text());
    }
    List<Needle> recurring = recurring(declared, people, common);
    List<String> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Shadow shadow = shadows.get(i);
      for (Needle needle : recurring) {
        for (Matcher m = needle.pattern().matcher(shadow.text()); m.find(); ) {
          if (!needle.oneWord() || m.group().codePoints().anyMatch(Character::isUpperCase)) {
            spans.get(i).add(span(shadow, m.start(), m.end(), NAME));
          }
        }
      }
      out.add(replace(texts.get(i), spans.get(i)));
    }
    return out;
  }

  /**
   * A name to redact wherever it stands as a word, in any case; {@code oneWord}: a capitalised name
   * of one word, which written all in lower case is another word ("meta" of "Meta", "bianchi" of
   * "Bianchi").
   */
  private record Needle(Pattern pattern, boolean oneWord) {}

  /**
   * The declared names, the people found and the parts of their names ({@value #MIN_PART} letters
   * or more, capitalised, not a word the file uses in lower case: "Will" of "Will Smith" stays).
   */
  private static List<Needle> recurring(
      List<String> declared, Set<String> people, Set<String> common) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : declared) {
      if (name != null && !name.isBlank()) {
        names.add(Shadow.of(name).text().strip());
      }
    }
    for (String person : people) {
      names.add(person.strip());
      for (String part : person.split("[\\s,]+")) {
        if (part.length() >= MIN_PART
            && Character.isUpperCase(part.codePointAt(0))
            && !common.contains(part.toLowerCase(Locale.ROOT))) {
          names.add(part);
        }
      }
    }
    List<Needle> needles = new ArrayList<>();
    for (String name : names) {
      if (!name.isEmpty()) {
        String[] words = SPACES.split(name);
        String body = String.join(" +", Stream.of(words).map(Pattern::quote).toList());
        needles.add(
            new Needle(
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                words.length == 1 && name.codePoints().anyMatch(Character::isUpperCase)));
      }
    }
    return needles;
  }

  /**
   * Words the file writes starting in lower case: whole words between spaces, outside the contact
   * details found ("ludovica dot serravalle at ..." says nothing of "Ludovica" as a word).
   */
  private static Set<String> lowerCaseWords(List<String> texts, List<List<Span>> contactDetails) {
    Set<String> words = new HashSet<>();
    for (int t = 0; t < texts.size(); t++) {
      char[] s = texts.get(t).toCharArray();
      for (Span c : contactDetails.get(t)) {
        Arrays.fill(s, c.begin(), c.end(), ' ');
      }
      for (int i = 0; i < s.length; ) {
        int end = i;
        while (end < s.length && !isSpace(s[end])) {
          end++;
        }
        int b = i;
        int e = end;
        while (b < e && !Character.isLetterOrDigit(s[b])) {
          b++;
        }
        while (e > b && !Character.isLetterOrDigit(s[e - 1])) {
          e--;
        }
        if (e > b && Character.isLowerCase(s[b]) && allLetters(s, b, e)) {
          words.add(new String(s, b, e - b));
        }
        i = end + 1;
      }
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean allLetters(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(s[i])) {
        return false;
      }
    }
    return true;
  }

  private static Span span(Shadow shadow, int begin, int end, String marker) {
    int[] original = shadow.original(begin, end);
    return new Span(original[0], original[1], marker);
  }

  /**
   * The text with each span replaced by its marker; overlapping spans become one (the first's
   * marker), and so do names next to each other ("[name] [name]" of a given name and a surname
   * found apart).
   */
  private static String replace(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    spans.sort(Comparator.comparingInt(Span::begin).thenComparingInt(s -> -s.end()));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    String last = null;
    for (Span s : spans) {
      boolean nextName =
          NAME.equals(last)
              && NAME.equals(s.marker())
              && text.substring(at, Math.max(at, s.begin())).isBlank();
      if (s.begin() < at || nextName) {
        at = Math.max(at, s.end());
        continue;
      }
      out.append(text, at, s.begin()).append(s.marker());
      at = s.end();
      last = s.marker();
    }
    return out.append(text, at, text.length()).toString();
  }
}
