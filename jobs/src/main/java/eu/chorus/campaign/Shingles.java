package eu.chorus.campaign;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles of a normalised text, and the Jaccard similarity of two shingle sets. Plain
 * functions, so that the Spark stage and the tests share one definition of "the same text".
 */
public final class Shingles {

  /** Runs of letters and digits: punctuation, case, accents' composition and layout are ignored. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  /**
   * The words of a text: NFKC-normalised, lower-cased (locale-independent), punctuation dropped.
   */
  public static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(normal);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * The distinct runs of {@code size} consecutive words, sorted; none when there are fewer words.
   */
  public static TreeSet<String> of(List<String> words, int size) {
    return new TreeSet<>(windows(words, size));
  }

  /**
   * The shingles as sorted distinct 64-bit hashes: eight bytes a shingle, so that every
   * submission's set fits in the driver; two different shingles share a hash with a probability of
   * about 2^-64 per pair, far below anything that could move a similarity.
   */
  public static long[] hashed(List<String> words, int size) {
    return windows(words, size).stream().mapToLong(Shingles::hash).sorted().distinct().toArray();
  }

  /** Every run of {@code size} consecutive words, in text order, repeats included. */
  private static List<String> windows(List<String> words, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, was " + size);
    }
    List<String> windows = new ArrayList<>(Math.max(0, words.size() - size + 1));
    for (int i = 0; i + size <= words.size(); i++) {
      windows.add(String.join(" ", words.subList(i, i + size)));
    }
    return windows;
  }

  /** FNV-1a over the UTF-16 units, then the SplitMix64 finaliser to spread the bits. */
  static long hash(String shingle) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < shingle.length(); i++) {
      h = (h ^ shingle.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /**
   * SplitMix64's finaliser: a bijection on 64 bits in which every input bit moves every output bit.
   */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * |a ∩ b| / |a ∪ b| of two sorted distinct hash sets ({@link #hashed}); 0 when both are empty.
   */
  public static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    long common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    long union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** |a ∩ b| / |a ∪ b| of the distinct elements; 0 when both are empty. */
  public static double jaccard(Collection<String> a, Collection<String> b) {
    Set<String> x = asSet(a);
    Set<String> y = asSet(b);
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    long common = small.stream().filter(large::contains).count();
    long union = x.size() + y.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }

  private static Set<String> asSet(Collection<String> c) {
    return c instanceof Set<String> s ? s : new HashSet<>(c);
  }
}
