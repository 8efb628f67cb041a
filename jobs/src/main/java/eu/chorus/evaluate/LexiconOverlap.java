package eu.chorus.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import eu.chorus.annotate.TermAnalyzer;
import eu.chorus.classify.StanceCues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which entries of the stance lexicon the generator of the sample writes but no real respondent
 * does: each entry is looked for, as the classifier matches it (stems, token sequences), in the
 * generator's argument bank and in the passages of a run on real text, per language.
 */
public final class LexiconOverlap {

  /**
   * Per language: entries, those in the bank, in real text, and those in the bank only
   * (category/entry).
   */
  public record Counts(
      String language, int entries, int inBank, int inReal, List<String> bankOnly) {}

  private LexiconOverlap() {}

  /**
   * @param lexicon the stance lexicon ({@code chorus/stance-lexicon.json})
   * @param bank per language, the generator's argument-bank texts
   * @param real per language, the real passages' texts
   */
  public static List<Counts> count(
      JsonNode lexicon, Map<String, List<String>> bank, Map<String, List<String>> real) {
    List<Counts> counts = new ArrayList<>();
    lexicon
        .path("languages")
        .fields()
        .forEachRemaining(
            lang -> {
              String language = lang.getKey();
              // entries by their stems joined: every entry is looked for on its own, so a longer
              // entry at
              // the same place never hides a shorter one (as the classifier's longest match would)
              Map<String, List<String>> byStems = new HashMap<>();
              List<String> entries = new ArrayList<>();
              lang.getValue()
                  .fields()
                  .forEachRemaining(
                      category ->
                          category
                              .getValue()
                              .forEach(
                                  entry -> {
                                    String key = category.getKey() + "/" + entry.asText();
                                    entries.add(key);
                                    byStems
                                        .computeIfAbsent(
                                            String.join(
                                                " ", TermAnalyzer.phrase(entry.asText(), language)),
                                            k -> new ArrayList<>())
                                        .add(key);
                                  }));
              Set<String> inBank = found(byStems, bank.getOrDefault(language, List.of()), language);
              Set<String> inReal = found(byStems, real.getOrDefault(language, List.of()), language);
              List<String> bankOnly =
                  entries.stream().filter(e -> inBank.contains(e) && !inReal.contains(e)).toList();
              counts.add(
                  new Counts(language, entries.size(), inBank.size(), inReal.size(), bankOnly));
            });
    return counts;
  }

  /** The entries found in any of the texts, matched on stems (the first form of each token). */
  private static Set<String> found(
      Map<String, List<String>> byStems, Collection<String> texts, String language) {
    int longest = byStems.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    Set<String> found = new HashSet<>();
    for (String text : texts) {
      List<String> words = StanceCues.words(text);
      List<String[]> tokens = TermAnalyzer.tokens(words, words, language);
      for (int start = 0; start < tokens.size(); start++) {
        StringBuilder gram = new StringBuilder();
        for (int n = 0; n < longest && start + n < tokens.size(); n++) {
          gram.append(n == 0 ? "" : " ").append(tokens.get(start + n)[0]);
          List<String> entries = byStems.get(gram.toString());
          if (entries != null) {
            found.addAll(entries);
          }
        }
      }
    }
    return found;
  }

  /**
   * The generator's bank: {@code <bank>/<language>/*.txt}, comment, stance and group lines left
   * out.
   */
  public static Map<String, List<String>> readBank(Path bank) throws IOException {
    Map<String, List<String>> texts = new TreeMap<>();
    try (Stream<Path> languages = Files.list(bank)) {
      for (Path language : languages.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(language)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
              if (!line.isBlank()
                  && !line.startsWith("#")
                  && !line.startsWith("[")
                  && !line.startsWith("@")) {
                texts
                    .computeIfAbsent(language.getFileName().toString(), k -> new ArrayList<>())
                    .add(line);
              }
            }
          }
        }
      }
    }
    return texts;
  }
}
