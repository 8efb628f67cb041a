package eu.chorus.samples.compose;

import eu.chorus.samples.bank.SectionedText;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.plan.Draw;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed phrases of one language that are not arguments: headings, salutations, form labels, file
 * names ({@code i18n/<lang>.txt}). Each key holds alternatives; {@link #pick} chooses one.
 */
public final class Labels {

  private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

  private final Language language;
  private final SectionedText text;
  private final Map<String, String> sectors = new HashMap<>();

  private Labels(Language language, SectionedText text) {
    this.language = language;
    this.text = text;
    for (String line : text.lines("sectors")) {
      String[] kv = line.split("=", 2);
      sectors.put(kv[0].strip(), kv[1].strip());
    }
  }

  /** The labels of {@code language}, parsed once per JVM (writers ask for them per document). */
  public static Labels load(Language language) {
    return CACHE.computeIfAbsent(
        language, l -> new Labels(l, SectionedText.fromClasspath("/i18n/" + l.code() + ".txt")));
  }

  public Language language() {
    return language;
  }

  /** All alternatives of {@code key}; a missing key is a bug in the i18n file, so it throws. */
  public List<String> all(String key) {
    List<SectionedText.RawParagraph> p = text.paragraphs(key);
    if (p.isEmpty()) {
      throw new IllegalStateException("i18n/" + language.code() + ".txt has no [" + key + "]");
    }
    return p.stream().map(SectionedText.RawParagraph::text).toList();
  }

  public String pick(String key, SplittableRandom rng) {
    return Draw.one(all(key), rng);
  }

  /** Picks an alternative and fills its {@code {name}} placeholders from {@code values}. */
  public String pick(String key, SplittableRandom rng, Map<String, String> values) {
    return fill(pick(key, rng), values);
  }

  /** The phrase for a sector key, e.g. "the music sector". */
  public String sector(String key) {
    return sectors.getOrDefault(key, sectors.getOrDefault("research", key));
  }

  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
