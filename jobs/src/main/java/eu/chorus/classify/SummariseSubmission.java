package eu.chorus.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapGroupsFunction;

/** Spark stage: folds a submission's tagged passages into its {@link SubmissionEvidence}. */
public final class SummariseSubmission
    implements MapGroupsFunction<String, TaggedPassage, SubmissionEvidence> {

  private static final long serialVersionUID = 1L;

  /** A passage this short is a heading or a question: the passages after it answer it. */
  static final int HEADING_WORDS = 25;

  /** Group cues in this many opening passages count as the respondent's self-introduction. */
  static final int INTRO_PASSAGES = 6;

  @Override
  public SubmissionEvidence call(String submissionId, Iterator<TaggedPassage> passages) {
    List<TaggedPassage> all = new ArrayList<>();
    passages.forEachRemaining(all::add);
    return summarise(submissionId, all);
  }

  private static final class TopicTally {
    int hits;
    int passages;
    int maxHits;
    int headingHits;
    String strongest;
    final Map<String, Double> cues = new TreeMap<>();
  }

  /**
   * Keys of {@link TopicEvidence#stanceEvidence}: numbers of evidence sentences that are {@code
   * pro} (more support than opposition cues, after negation and reversal), {@code con}, carry both
   * ({@code pro_and_con}), a condition or contrast ({@code mixed}), a hedge, a neutral marker, a
   * question, or no stance cue; {@code turn}, passages that take a position and then qualify or
   * reverse it in a later sentence ("we welcome X. However, ..."); sentences that ask for something
   * ({@code demand}, a modal such as "must" or "should"), speak in the respondent's own voice
   * ({@code first_person}), do both or carry a stance cue in that voice ({@code own_position}), or
   * describe without any of these ({@code descriptive}; {@code figures} when they also give
   * numbers); {@code own_pro}, {@code own_con} and {@code own_mixed}, the sentences in the
   * respondent's voice or asking for something that lean each way; {@code cue:<name>}, the cue
   * counts summed; and {@code demand:<kind>}, what the demands ask for ({@link
   * StanceCues#demandPredicates}: {@code restrict}, {@code extend}, {@code clarify}, each also
   * {@code not_}-prefixed). How the sentences argue ({@link StanceCues#voice}): {@code advice}
   * (advisory and hedged forms), {@code advised_pro} and {@code advised_con} (those that lean),
   * {@code harm} and {@code benefit} (stance by consequence), {@code concern}, and {@code
   * contrast_pro} and {@code contrast_con} (where a sentence turns to after its last contrast).
   */
  public static final List<String> STANCE_EVIDENCE =
      List.of(
          "sentences",
          "pro",
          "con",
          "pro_and_con",
          "mixed",
          "hedge",
          "neutral",
          "question",
          "no_cue",
          "turn",
          "demand",
          "first_person",
          "own_position",
          "descriptive",
          "figures",
          "advice",
          "advised_pro",
          "advised_con",
          "harm",
          "benefit",
          "concern",
          "contrast_pro",
          "contrast_con");

  private static final class StanceTally {
    final Map<String, Double> evidence = new TreeMap<>();
    final Map<String, Double> weightByPassage = new HashMap<>();
    private boolean inSection;

    /** Per passage, the polarity of its first sentence with a position on the topic (+1 / -1). */
    private final Map<String, Integer> firstPolarity = new HashMap<>();

    private final Set<String> turned = new java.util.HashSet<>();

    void add(SentenceCues s, String passageId, boolean inSection) {
      this.inSection = inSection;
      Map<String, Double> c = s.cues();
      double pro = StanceCues.pro(c);
      double con = StanceCues.con(c);
      double mixed = c.getOrDefault(StanceCues.MIXED, 0.0);
      count("sentences");
      if (pro > con) {
        count("pro");
      } else if (con > pro) {
        count("con");
      }
      if (pro > 0 && con > 0) {
        count("pro_and_con");
      }
      if (mixed > 0) {
        count("mixed");
      }
      if (c.containsKey(StanceCues.HEDGE)) {
        count("hedge");
      }
      if (c.containsKey(StanceCues.NEUTRAL)) {
        count("neutral");
      }
      if (c.containsKey(StanceCues.QUESTION)) {
        count("question");
      }
      if (pro + con + mixed == 0) {
        count("no_cue");
      }
      Map<String, Double> voice = s.voice();
      boolean demand = voice.containsKey(StanceCues.DEMAND);
      boolean own = voice.containsKey(StanceCues.FIRST_PERSON);
      if (demand) {
        count("demand");
      }
      if (own) {
        count("first_person");
        if (demand || pro + con + mixed > 0) {
          count("own_position");
        }
      }
      if (own || demand) {
        // The cues of the respondent's own voice weigh apart from those of descriptive sentences.
        if (pro > con) {
          count("own_pro");
        } else if (con > pro) {
          count("own_con");
        }
        if (mixed > 0) {
          count("own_mixed");
        }
      }
      for (String argument :
          List.of(
              StanceCues.ADVICE,
              StanceCues.HARM,
              StanceCues.BENEFIT,
              StanceCues.CONCERN,
              StanceCues.CONTRAST_PRO,
              StanceCues.CONTRAST_CON)) {
        if (voice.containsKey(argument)) {
          count(argument);
        }
      }
      if (voice.containsKey(StanceCues.ADVICE) && pro != con) {
        count(pro > con ? "advised_pro" : "advised_con");
      }
      if (!demand && !own && pro + con + mixed == 0 && !c.containsKey(StanceCues.HEDGE)) {
        count("descriptive");
        if (voice.containsKey(StanceCues.NUMBER)) {
          count("figures");
        }
      }
      Integer first = firstPolarity.get(passageId);
      if (first == null && pro != con) {
        firstPolarity.put(passageId, pro > con ? 1 : -1);
      } else if (first != null
          && !turned.contains(passageId)
          && (mixed > 0 || (first > 0 ? con > pro : pro > con))) {
        turned.add(passageId);
        count("turn");
      }
      c.forEach((k, v) -> evidence.merge("cue:" + k, v, Double::sum));
      s.predicates().forEach((k, v) -> evidence.merge(k, v, Double::sum));
      weightByPassage.merge(passageId, pro + con + mixed, Double::sum);
    }

    private void count(String key) {
      evidence.merge(key, 1.0, Double::sum);
      if (inSection) {
        evidence.merge("section:" + key, 1.0, Double::sum);
      }
    }

    /** The passage carrying most of the stance cues (the first in reading order on ties). */
    Optional<String> passageId() {
      return weightByPassage.entrySet().stream()
          .filter(e -> e.getValue() > 0)
          .max(
              Map.Entry.<String, Double>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey);
    }
  }

  /**
   * Per topic, the sentences its stance is read from: every sentence of its sections, every
   * sentence of a passage whose opening words name it, and every sentence elsewhere that names it.
   * A section opens at a heading or questionnaire question that names the topic and runs until the
   * next one or a heading that names no topic (page numbers and running footers do not count). A
   * short passage with stance cues but no topic ("Support with changes" in a table of positions)
   * does not end a section: it is part of it. Sentences of the topic's own sections are also
   * counted apart ({@code section:} keys).
   */
  private static Map<String, StanceTally> stanceEvidence(List<TaggedPassage> ordered) {
    Map<String, StanceTally> byTopic = new TreeMap<>();
    Set<String> section = Set.of();
    for (TaggedPassage p : ordered) {
      boolean heading = isHeading(p);
      if (heading && !p.topicHits().isEmpty()) {
        section = p.topicHits().keySet();
      } else if (heading && !isPageFurniture(p.passage().text())) {
        section = Set.of();
      }
      for (SentenceCues s : p.sentences()) {
        Set<String> targets = new TreeSet<>(section);
        targets.addAll(s.topicHits().keySet());
        targets.addAll(p.leadTopics());
        for (String topic : targets) {
          byTopic
              .computeIfAbsent(topic, k -> new StanceTally())
              .add(s, p.passage().passageId(), section.contains(topic));
        }
      }
    }
    return byTopic;
  }

  private static final Pattern PAGE_FURNITURE =
      Pattern.compile(
          "^\\W*(?:\\d+|(?:page|seite|página|pagina|p\\.)\\s*\\d+\\b.*)$",
          Pattern.CASE_INSENSITIVE);

  /** A page number or running footer that PDF text puts between the paragraphs of a section. */
  static boolean isPageFurniture(String text) {
    return PAGE_FURNITURE.matcher(text.strip()).matches();
  }

  /**
   * A heading or a questionnaire question: a short line that is not a sentence, a line that
   * introduces what follows (":"), or a single question.
   */
  static boolean isHeading(TaggedPassage p) {
    String text = p.passage().text().strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    if (text.endsWith("?")) {
      return p.sentences().size() == 1;
    }
    boolean stanceOnly = p.topicHits().isEmpty() && !p.stanceCues().isEmpty();
    return (words <= HEADING_WORDS && !text.endsWith(".") && !stanceOnly) || text.endsWith(":");
  }

  static SubmissionEvidence summarise(String submissionId, List<TaggedPassage> passages) {
    List<TaggedPassage> ordered = new ArrayList<>(passages);
    ordered.sort(Comparator.comparing(p -> p.passage().passageId()));
    int words = 0;
    Map<String, Integer> charsByLanguage = new HashMap<>();
    Map<String, TopicTally> byTopic = new TreeMap<>();
    Map<String, Double> groupCues = new TreeMap<>();
    Set<String> organisations = new TreeSet<>();
    Set<String> context = new LinkedHashSet<>();
    for (int i = 0; i < ordered.size(); i++) {
      TaggedPassage p = ordered.get(i);
      String text = p.passage().text();
      int n = text.isBlank() ? 0 : text.strip().split("\\s+").length;
      words += n;
      charsByLanguage.merge(p.passage().language(), text.length(), Integer::sum);
      organisations.addAll(p.organisations());
      String scope = i < INTRO_PASSAGES ? "intro:" : "text:";
      p.groupCues()
          .forEach(
              (g, c) -> {
                groupCues.merge(scope + g, c, Double::sum);
                if (scope.equals("intro:")) {
                  groupCues.merge("text:" + g, c, Double::sum);
                }
              });
      boolean heading = n <= HEADING_WORDS;
      if (p.topicHits().isEmpty()) {
        // An answer under a heading or question takes the stance of the heading's topics.
        for (String topic : context) {
          p.stanceCues().forEach((k, v) -> byTopic.get(topic).cues.merge(k, v, Double::sum));
        }
        continue;
      }
      context.clear();
      if (heading) {
        context.addAll(p.topicHits().keySet());
      }
      int passageHits = p.topicHits().values().stream().mapToInt(Integer::intValue).sum();
      for (Map.Entry<String, Integer> hit : p.topicHits().entrySet()) {
        TopicTally t = byTopic.computeIfAbsent(hit.getKey(), k -> new TopicTally());
        // A passage about several topics lends each its cues in proportion to its terms.
        double share = (double) hit.getValue() / passageHits;
        t.hits += hit.getValue();
        t.passages++;
        if (heading) {
          t.headingHits += hit.getValue();
        }
        if (hit.getValue() > t.maxHits) {
          t.maxHits = hit.getValue();
          t.strongest = p.passage().passageId();
        }
        p.stanceCues().forEach((k, v) -> t.cues.merge(k, v * share, Double::sum));
      }
    }
    Map<String, StanceTally> stance = stanceEvidence(ordered);
    List<TopicEvidence> topics = new ArrayList<>();
    byTopic.forEach(
        (topic, t) -> {
          StanceTally st = stance.getOrDefault(topic, new StanceTally());
          topics.add(
              new TopicEvidence(
                  topic,
                  t.hits,
                  t.passages,
                  t.strongest,
                  t.maxHits,
                  t.headingHits,
                  t.cues,
                  st.evidence,
                  st.passageId().orElse(t.strongest)));
        });
    String language =
        charsByLanguage.entrySet().stream()
            .filter(e -> !e.getKey().isEmpty())
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey)
            .orElse("");
    return new SubmissionEvidence(
        submissionId,
        words,
        ordered.size(),
        language,
        topics,
        groupCues,
        List.copyOf(organisations));
  }
}
