package eu.chorus.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample generator's bank of paragraphs, read as paragraph-level gold: every argument paragraph
 * stands in a topic's file ({@code <lang>/<topic>.txt}) under its stance ({@code [SUPPORT]} ...), a
 * campaign letter ({@code campaigns/*.txt}) names its topics in its header; headings, questions,
 * introductions, closings and off-topic paragraphs ({@code _*.txt}) argue about no topic. A passage
 * is traced to the bank paragraphs holding most of its word 4-grams ({@code {placeholders}} left
 * out), when they hold at least half of them; it was written for their topics. The same tracing as
 * {@code jobs/bench/quote_precision.py}.
 */
public final class ParagraphBank {

  static final int SHINGLE = 4;
  static final double MIN_COVERAGE = 0.5;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z_]+\\}");
  private static final Pattern NON_WORD = Pattern.compile("(?U)[\\W_]+");
  private static final Pattern STANCE_SECTION = Pattern.compile("SUPPORT|OPPOSE|MIXED|NEUTRAL");

  private final List<Set<String>> topicsOf = new ArrayList<>();
  private final Map<String, List<Integer>> byShingle = new HashMap<>();

  private ParagraphBank() {}

  /** Reads the bank folder (one folder per language, and {@code campaigns/}). */
  public static ParagraphBank load(Path bank) throws IOException {
    if (!Files.isDirectory(bank)) {
      throw new IllegalArgumentException("no paragraph bank folder: " + bank);
    }
    ParagraphBank b = new ParagraphBank();
    try (Stream<Path> folders = Files.list(bank)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        boolean campaigns = folder.getFileName().toString().equals("campaigns");
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file :
              files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
            b.read(file, campaigns);
          }
        }
      }
    }
    if (b.topicsOf.isEmpty()) {
      throw new IllegalArgumentException("no paragraphs in the bank folder " + bank);
    }
    return b;
  }

  private void read(Path file, boolean campaign) throws IOException {
    String name = file.getFileName().toString();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (campaign) {
      Set<String> letterTopics = new TreeSet<>();
      List<String> body = new ArrayList<>();
      for (String line : lines) {
        if (line.startsWith("topics:")) {
          for (String pair : line.substring("topics:".length()).trim().split("\\s+")) {
            letterTopics.add(pair.split("=", 2)[0]);
          }
        } else if (!line.startsWith("groups:")) {
          body.add(line);
        }
      }
      paragraphs(body).forEach((text, section) -> add(text, letterTopics));
    } else if (name.startsWith("_")) {
      paragraphs(lines).forEach((text, section) -> add(text, Set.of()));
    } else {
      String topic = name.substring(0, name.length() - ".txt".length());
      paragraphs(lines)
          .forEach(
              (text, section) ->
                  add(text, STANCE_SECTION.matcher(section).matches() ? Set.of(topic) : Set.of()));
    }
  }

  /** Blank-line separated paragraphs → the section ({@code [X]}) they stand under. */
  private static Map<String, String> paragraphs(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    String section = "";
    StringBuilder current = new StringBuilder();
    List<String> all = new ArrayList<>(lines);
    all.add("");
    for (String raw : all) {
      String line = raw.strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      if (line.startsWith("@") || line.isEmpty()) {
        if (current.length() > 0) {
          out.put(current.toString(), section);
          current.setLength(0);
        }
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    return out;
  }

  private void add(String text, Set<String> topics) {
    int at = topicsOf.size();
    topicsOf.add(topics);
    for (String s : shingles(words(PLACEHOLDER.matcher(text).replaceAll(" ")))) {
      byShingle.computeIfAbsent(s, k -> new ArrayList<>()).add(at);
    }
  }

  /**
   * The topics a passage was written for: those of the bank paragraphs holding most of its 4-grams
   * (all of equals), when they hold at least half; none when it traces to no paragraph or to one of
   * no topic.
   */
  public Set<String> writtenFor(String text) {
    Set<String> shingles = shingles(words(text));
    if (shingles.isEmpty()) {
      return Set.of();
    }
    Map<Integer, Integer> hits = new HashMap<>();
    shingles.forEach(
        s -> byShingle.getOrDefault(s, List.of()).forEach(p -> hits.merge(p, 1, Integer::sum)));
    int best = hits.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (best == 0 || best < MIN_COVERAGE * shingles.size()) {
      return Set.of();
    }
    Set<String> topics = new TreeSet<>();
    hits.forEach(
        (p, n) -> {
          if (n == best) {
            topics.addAll(topicsOf.get(p));
          }
        });
    return topics;
  }

  static List<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String w : NON_WORD.split(t)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static Set<String> shingles(List<String> words) {
    Set<String> s = new java.util.HashSet<>();
    if (words.size() < SHINGLE) {
      if (!words.isEmpty()) {
        s.add(String.join(" ", words));
      }
      return s;
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      s.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    return s;
  }
}
