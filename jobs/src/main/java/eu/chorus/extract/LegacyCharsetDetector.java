package eu.chorus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's encoding detection, with the legacy single-byte charsets of European text told apart.
 *
 * <p>Tika calls 8-bit Central European text ISO-8859-1, or a Cyrillic or Arabic code page when the
 * text is short. Unless Tika found a Unicode encoding (by a byte-order mark, or as an HTML page
 * declares it) or the content type declares a charset (an e-mail part), the first {@value
 * #SAMPLE_BYTES} bytes are read as Windows-1252, Windows-1250, ISO-8859-2, ISO-8859-15 and as
 * Tika's guess, and the most plausible reading wins. A word scores for each of its accented
 * letters: twice when all of them belong to the alphabet of the language the text is guessed to be
 * in (by {@link LanguageGuesser}), and again for the European alphabet that explains the whole
 * reading best; once when it is in a non-Latin script; nothing when only some other alphabet has
 * them all; and it loses when none does ("Pøíliš" for "Příliš", "modelщ" with Latin and Cyrillic in
 * one word, a lone "Ł" for "£"). Symbols among letters ("obowi¹zki"), control characters and
 * undefined bytes count against a reading. Ties go to Windows-1252, so Western text reads as
 * browsers read it (the euro sign and typographic quotes of 0x80-0x9F, which ISO-8859-1 would turn
 * into control characters). Text that is valid UTF-8 is UTF-8, whatever Tika guessed.
 */
final class LegacyCharsetDetector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  static final int SAMPLE_BYTES = 64 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** In order of preference when two readings score the same. */
  private static final List<Charset> CANDIDATES =
      List.of(
          WINDOWS_1252,
          Charset.forName("windows-1250"),
          Charset.forName("ISO-8859-2"),
          Charset.forName("ISO-8859-15"));

  private static final Set<String> LATIN =
      Set.of("ISO-8859-1", "windows-1252", "windows-1250", "ISO-8859-2", "ISO-8859-15");

  /**
   * The accented letters (lower case) of the languages written in these charsets, by ISO 639-1
   * code.
   */
  private static final Map<String, String> ALPHABETS =
      Map.ofEntries(
          Map.entry("fr", "àâæçéèêëîïôœùûüÿ"),
          Map.entry("de", "äöüß"),
          Map.entry("es", "áéíñóúü"),
          Map.entry("it", "àèéìíîòóùú"),
          Map.entry("pt", "áâãàçéêíóôõú"),
          Map.entry("nl", "áéíóúèëïöü"),
          Map.entry("ca", "àéèíïóòúüç"),
          Map.entry("sv", "åäöé"),
          Map.entry("da", "æøåé"),
          Map.entry("no", "æøåé"),
          Map.entry("fi", "äöåšž"),
          Map.entry("et", "õäöüšž"),
          Map.entry("is", "áéíóúýþæöð"),
          Map.entry("ga", "áéíóú"),
          Map.entry("lb", "äëéè"),
          Map.entry("pl", "ąćęłńóśźż"),
          Map.entry("cs", "áčďéěíňóřšťúůýž"),
          Map.entry("sk", "áäčďéíĺľňóôŕšťúýž"),
          Map.entry("hu", "áéíóöőúüű"),
          Map.entry("ro", "ăâîșțşţ"),
          Map.entry("hr", "čćđšž"),
          Map.entry("bs", "čćđšž"),
          Map.entry("sr", "čćđšž"),
          Map.entry("sl", "čšž"),
          Map.entry("sq", "çë"));

  /** Signs that text hardly ever holds on purpose, but a wrong reading of a letter does. */
  private static final String MISREAD_SIGNS = "¤¦¨´¸ˇ˘˝˛˙¹³¯";

  /**
   * Letters by Unicode that Western text uses as signs ("nº 3", "5 µm"): neither words nor
   * misreadings.
   */
  private static final String LETTER_SIGNS = "ºªµ";

  /**
   * The accented letters that are words on their own ("à", "è", "ő", "å"...); others alone are not.
   */
  private static final String ONE_LETTER_WORDS = "àéèóőåöøáíô";

  private final EncodingDetector detector = new DefaultEncodingDetector();
  private final LanguageGuesser languages;

  LegacyCharsetDetector(LanguageGuesser languages) {
    this.languages = languages;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset found = detector.detect(input, metadata);
    if (found != null && found.name().startsWith("UTF-")
        || declaresCharset(metadata)
        || input == null
        || !input.markSupported()) {
      return found != null && found.name().equals("ISO-8859-1") ? WINDOWS_1252 : found;
    }
    input.mark(SAMPLE_BYTES);
    byte[] sample;
    try {
      sample = input.readNBytes(SAMPLE_BYTES);
    } finally {
      input.reset();
    }
    return choose(sample, found, languages);
  }

  /**
   * The charset that reads {@code sample} most plausibly (see the class comment); {@code proposed}
   * (Tika's guess, may be null) competes with the legacy Latin charsets.
   */
  static Charset choose(byte[] sample, Charset proposed, LanguageGuesser languages) {
    boolean highBytes = false;
    for (byte b : sample) {
      highBytes |= b < 0;
    }
    if (!highBytes) {
      return WINDOWS_1252;
    }
    if (isUtf8(sample)) {
      return StandardCharsets.UTF_8;
    }
    List<Charset> candidates = new ArrayList<>(CANDIDATES);
    if (proposed != null && !LATIN.contains(proposed.name())) {
      candidates.add(proposed);
    }
    String language = languages.guess(new String(sample, WINDOWS_1252));
    Charset best = WINDOWS_1252;
    int bestScore = Integer.MIN_VALUE;
    for (Charset candidate : candidates) {
      int score = score(new String(sample, candidate), language);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * How plausible {@code text} is: its words scored against the European alphabet that explains
   * them best, plus against the alphabet of {@code language} where it has one, less the signs
   * misplaced among letters.
   */
  static int score(String text, String language) {
    List<String> words = new ArrayList<>();
    int penalty = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (isWordLetter(c)) {
        int end = i;
        while (end < n && isWordLetter(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        if (word.chars().anyMatch(l -> l >= 0x80)) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
        i = end;
        continue;
      }
      if (c >= 0x80 && LETTER_SIGNS.indexOf(c) < 0) {
        boolean afterLetter = i > 0 && isWordLetter(text.charAt(i - 1));
        boolean beforeLetter = i + 1 < n && isWordLetter(text.charAt(i + 1));
        penalty += signPenalty(c, afterLetter, beforeLetter);
      }
      i++;
    }
    int best = Integer.MIN_VALUE;
    for (String alphabet : ALPHABETS.values()) {
      best = Math.max(best, words.stream().mapToInt(w -> wordScore(w, alphabet)).sum());
    }
    String own = ALPHABETS.get(language);
    int asOwn = own == null ? 0 : words.stream().mapToInt(w -> wordScore(w, own)).sum();
    return best + asOwn - penalty;
  }

  /**
   * Per non-ASCII letter of {@code word}: 2 when the word's letters are all of {@code alphabet}, 1
   * when the word is in a non-Latin script, -1 when nothing has them all (letters no language puts
   * together, Latin and another script in one word, or a lone letter that is no word, like the "Ł"
   * of "Ł50" for "£50"); nothing when only another European alphabet has them.
   */
  private static int wordScore(String word, String alphabet) {
    int letters = 0;
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      letters += c >= 0x80 ? 1 : 0;
      boolean isLatin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
      latin |= isLatin;
      other |= !isLatin;
    }
    if (letters == 0) {
      return 0;
    }
    if (other) {
      return latin ? -letters : letters;
    }
    if (word.length() == 1 && ONE_LETTER_WORDS.indexOf(word.charAt(0)) < 0) {
      return -letters;
    }
    if (within(word, alphabet)) {
      return 2 * letters;
    }
    for (String any : ALPHABETS.values()) {
      if (within(word, any)) {
        return 0;
      }
    }
    return -letters;
  }

  private static boolean isWordLetter(char c) {
    return Character.isLetter(c) && LETTER_SIGNS.indexOf(c) < 0;
  }

  private static boolean within(String word, String alphabet) {
    return word.chars().allMatch(c -> c < 0x80 || alphabet.indexOf(c) >= 0);
  }

  private static int signPenalty(char c, boolean afterLetter, boolean beforeLetter) {
    int type = Character.getType(c);
    if (c == '\uFFFD' || type == Character.CONTROL || type == Character.UNASSIGNED) {
      return 3;
    }
    if (MISREAD_SIGNS.indexOf(c) >= 0) {
      return 2;
    }
    boolean punctuation =
        type == Character.DASH_PUNCTUATION
            || type == Character.START_PUNCTUATION
            || type == Character.END_PUNCTUATION
            || type == Character.INITIAL_QUOTE_PUNCTUATION
            || type == Character.FINAL_QUOTE_PUNCTUATION
            || type == Character.SPACE_SEPARATOR
            || c == '·';
    if (punctuation) {
      return 0;
    }
    boolean symbol =
        type == Character.MATH_SYMBOL
            || type == Character.CURRENCY_SYMBOL
            || type == Character.MODIFIER_SYMBOL
            || type == Character.OTHER_SYMBOL
            || type == Character.OTHER_NUMBER;
    return afterLetter || symbol && beforeLetter ? 2 : 0;
  }

  /** True when {@code sample} is well-formed UTF-8 (a sequence cut at its end included). */
  static boolean isUtf8(byte[] sample) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(sample.length);
    return !utf8.decode(ByteBuffer.wrap(sample), out, false).isError();
  }

  private static boolean declaresCharset(Metadata metadata) {
    MediaType type = metadata == null ? null : MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
    return type != null && type.getParameters().containsKey("charset");
  }
}
