package eu.chorus.annotate;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A copy of a text in which disguises are undone, for finding personal data: format characters
 * (zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen, direction marks) are
 * dropped, each character with its combining marks is put in NFKC form (full-width {@code ＠} and
 * digits, ligatures), every space (no-break, narrow, ideographic) becomes {@code ' '} and every
 * dash (en, em, non-breaking hyphen, minus) {@code '-'}. Each character of the copy remembers the
 * span of the original it came from, so what is found in the copy is replaced in the original.
 */
final class Shadow {

  private final String text;
  private final int[] from;
  private final int[] to;

  private Shadow(String text, int[] from, int[] to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  static Shadow of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() + 8];
    int[] to = new int[original.length() + 8];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (Character.getType(cp) == Character.FORMAT) {
        i = next;
        continue;
      }
      while (next < original.length() && isMark(original.codePointAt(next))) {
        next += Character.charCount(original.codePointAt(next));
      }
      // ASCII and the Latin-1 letters are their own NFKC form unless a combining mark follows
      String unit =
          next == i + 1 && (cp < 0x80 || cp >= 0xC0 && cp <= 0xFF)
              ? String.valueOf((char) cp)
              : Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
      for (int k = 0; k < unit.length(); k++) {
        if (out.length() == from.length) {
          from = Arrays.copyOf(from, from.length * 2);
          to = Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(fold(unit.charAt(k)));
      }
      i = next;
    }
    return new Shadow(out.toString(), from, to);
  }

  private static boolean isMark(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static char fold(char c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
      return '-';
    }
    return c;
  }

  /** The normalised copy. */
  String text() {
    return text;
  }

  /**
   * Where the copy's characters {@code [begin, end)} came from: {@code [begin, end)} of the
   * original.
   */
  int[] original(int begin, int end) {
    return new int[] {from[begin], to[end - 1]};
  }
}
