package eu.chorus.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence reports what someone else says or proposes ("The Commission proposes...",
 * "Chapter 5 of the paper sets out...", "The experts concluded that...", "According to a study...")
 * rather than saying what the respondent thinks: like a citation, not the respondent's voice, so
 * never a quote or a claim. Read per language from the lists of {@code chorus/quote-filters.json},
 * each language's words only with each other.
 */
final class ReportedSpeech {

  /** Words the subject of a reporting clause may take before its source, at most. */
  private static final int SOURCE_WITHIN = 7;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

  /** One language's reporting clause and opener, and the words that make a sentence one's own. */
  private record Language(Pattern clause, List<String> verbGroups, Pattern opener) {}

  private final List<Language> languages;

  /**
   * Every language's words of the respondent's own voice: a sentence's language is least sure on
   * short text, and "the Commission should propose" holds a French reporting verb.
   */
  private final Set<String> ownVoice;

  private final Set<String> firstPerson;

  /** Words that turn a sentence from what it reports to the respondent's answer ("but"). */
  private final Pattern turn;

  private ReportedSpeech(
      List<Language> languages, Set<String> ownVoice, Set<String> firstPerson, Set<String> turns) {
    this.languages = List.copyOf(languages);
    this.ownVoice = Set.copyOf(ownVoice);
    this.firstPerson = Set.copyOf(firstPerson);
    this.turn =
        Pattern.compile(
            "[;]|(?<![\\p{L}\\p{N}])(?:" + SentenceForm.alternatives(turns) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The lists of {@code root} (the quote filters), per language. */
  static ReportedSpeech of(JsonNode root) {
    List<Language> languages = new ArrayList<>();
    Set<String> ownVoice = new HashSet<>();
    Set<String> firstPerson = new HashSet<>();
    Set<String> turns = new HashSet<>();
    root.path("reported_sources")
        .fieldNames()
        .forEachRemaining(
            lang -> {
              Set<String> sources = words(root, "reported_sources", lang);
              Set<String> verbs = words(root, "reporting_verbs", lang);
              Set<String> participles = words(root, "reporting_participles", lang);
              String verb = "(?<verb>" + SentenceForm.alternatives(verbs) + ")";
              List<String> verbGroups = new ArrayList<>(List.of("verb"));
              if (!participles.isEmpty()) {
                verbGroups.addAll(List.of("perfect", "participle"));
                String participle = SentenceForm.alternatives(participles);
                verb +=
                    "|(?:"
                        + SentenceForm.alternatives(words(root, "perfect_auxiliaries", lang))
                        + ")\\s(?:\\p{L}+\\s)?(?<perfect>"
                        + participle
                        + ")|(?<participle>"
                        + participle
                        + ")\\s(?:"
                        + SentenceForm.alternatives(words(root, "complementisers", lang))
                        + ")";
              }
              Pattern clause =
                  Pattern.compile(
                      "^\\P{L}*(?:[\\p{L}\\p{N}'.()/-]+,?\\s){0,"
                          + SOURCE_WITHIN
                          + "}?(?:"
                          + SentenceForm.alternatives(sources)
                          + ")(?:\\s?\\([^)]*\\))?(?:\\s[\\p{L}\\p{N}'.-]+){0,3}?\\s(?:"
                          + verb
                          + ")(?![\\p{L}\\p{N}])",
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
              Pattern opener =
                  Pattern.compile(
                      "^\\P{L}*(?:\\p{L}+,\\s)?(?:"
                          + SentenceForm.alternatives(words(root, "reported_openers", lang))
                          + ")\\s",
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
              languages.add(new Language(clause, verbGroups, opener));
              ownVoice.addAll(words(root, "own_voice", lang));
              firstPerson.addAll(words(root, "first_person", lang));
              turns.addAll(words(root, "turns", lang));
            });
    return new ReportedSpeech(languages, ownVoice, firstPerson, turns);
  }

  /**
   * Whether {@code sentence} opens by reporting what someone else says, in any language: a source
   * and a reporting verb, with no word of the respondent's own voice before the verb ("the
   * Commission should propose", "the paper rightly identifies", "as the paper notes, ..."), no
   * first person anywhere ("..., which we consider a gap") and no later clause after a semicolon;
   * or "according to" anyone but the respondent.
   */
  boolean reports(String sentence) {
    String s = WHITESPACE.matcher(sentence.strip()).replaceAll(" ").replace('’', '\'');
    if (hasAny(s, 0, s.length(), firstPerson)) {
      return false;
    }
    for (Language l : languages) {
      Matcher clause = l.clause().matcher(s);
      if (clause.find()) {
        int verb = verbStart(clause, l.verbGroups());
        if (!hasAny(s, 0, verb, ownVoice)
            && Character.isLowerCase(s.charAt(verb))
            && !turn.matcher(s).region(clause.end(), s.length()).find()) {
          return true;
        }
      }
      Matcher opener = l.opener().matcher(s);
      if (opener.find()) {
        int comma = s.indexOf(',', opener.end());
        if (!hasAny(s, opener.end(), comma < 0 ? s.length() : comma, ownVoice)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where the verb begins ("United States" is a name, not "states"). */
  private static int verbStart(Matcher clause, List<String> groups) {
    return groups.stream().mapToInt(clause::start).filter(i -> i >= 0).findFirst().orElseThrow();
  }

  private static boolean hasAny(String s, int from, int to, Set<String> words) {
    Matcher m = WORD.matcher(s).region(from, to);
    while (m.find()) {
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(JsonNode root, String list, String lang) {
    Set<String> words = new HashSet<>();
    root.path(list).path(lang).forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
    return words;
  }
}
