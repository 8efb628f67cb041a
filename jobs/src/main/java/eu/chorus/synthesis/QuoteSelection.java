package eu.chorus.synthesis;

import eu.chorus.classify.StanceCues;
import eu.chorus.extract.QuestionnaireTexts;
import eu.chorus.passage.OpenStarts;
import eu.chorus.passage.Passage;
import eu.chorus.position.PassagePosition;
import eu.chorus.position.Sentences;
import eu.chorus.profile.Codebook;
import eu.chorus.profile.Stance;
import eu.chorus.synthesis.SentenceStance.Agreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the quotes of each topic × stance × stakeholder group. A candidate is a sentence of an
 * evidence passage (with the next one in running text when it is short) in the respondent's own
 * words that takes the cell's stance on the cell's topic:
 *
 * <ul>
 *   <li>its form is a sentence ({@link SentenceForm}): never a heading, lead-in, question,
 *       footnote, citation or table of contents line, nor a questionnaire's question (they end with
 *       ':');
 *   <li>it is not shared: a sentence of {@link #SHARED_MIN_WORDS} words or more that two
 *       submissions write, unless both signed one campaign, is boilerplate or quoted text, not the
 *       respondent's voice. Shared text is looked for among the evidence passages of every topic
 *       (the passages that can be quoted), not among passages that carry no topic;
 *   <li>it is filed under one stance: a sentence found in evidence of two stances on a topic is
 *       quoted under neither;
 *   <li>it names the cell's topic, or no topic when its passage carries the cell's topic alone; one
 *       that names only other topics is about them, and one that names none in a passage carrying
 *       several topics may be about any of them;
 *   <li>its own stance cues ({@link SentenceStance}) agree with the cell's stance or lean to it; a
 *       sentence without a cue is not quoted (except as descriptive text in a neutral cell); and
 *       its passage's cues, read together, do not take another stance;
 *   <li>its submission is counted under the cell's stance on the topic (stances.csv): a quote
 *       illustrates the count it stands beside, so a passage that reads otherwise than its
 *       submission's stance (a concession, a rebuttal of the other side) is not quoted there.
 * </ul>
 *
 * <p>Candidates agreeing outright come first, then those that lean; within each, sentences in the
 * respondent's voice ("we", "must"), those naming the topic, the larger positions (position 1 is
 * the argument most passages make) and the passages most central to them. A cell takes up to {@link
 * #PER_CELL} quotes, one per holder (a submission, or a campaign as one), preferring a new
 * position; no text (compared case, spacing and punctuation aside) is quoted twice anywhere.
 */
public final class QuoteSelection {

  public static final int PER_CELL = 3;

  /**
   * Sentences of this many words or more that two submissions write (case, spacing and punctuation
   * aside) are no coincidence: boilerplate, quoted law or questionnaire text.
   */
  static final int SHARED_MIN_WORDS = 8;

  /**
   * A sentence shorter than this many characters is quoted with the next one, if that one may be
   * quoted.
   */
  static final int SHORT_SENTENCE_CHARS = 120;

  private final SentenceForm form;
  private final SentenceStance stance;

  QuoteSelection(SentenceForm form, SentenceStance stance) {
    this.form = form;
    this.stance = stance;
  }

  static QuoteSelection load(Codebook codebook) {
    return new QuoteSelection(SentenceForm.load(), new SentenceStance(StanceCues.load(), codebook));
  }

  /**
   * @param texts the stored evidence passages by id; a passage not in it is read from its excerpt
   */
  public List<Quote> select(
      List<PassagePosition> passages, Map<String, Passage> texts, Respondents respondents) {
    return select(passages, texts, respondents, null);
  }

  /**
   * @param counted each submission's stance per topic as the matrix counts it, keyed by {@link
   *     #counted(String, String)}; null to quote passages whatever their submission's stance
   */
  public List<Quote> select(
      List<PassagePosition> passages,
      Map<String, Passage> texts,
      Respondents respondents,
      Map<String, Stance> counted) {
    return select(passages, texts, respondents, counted, OpenStarts.NONE);
  }

  /**
   * @param openStarts the passages that open mid-sentence: their first sentence, the rest of
   *     another, is never quoted
   */
  public List<Quote> select(
      List<PassagePosition> passages,
      Map<String, Passage> texts,
      Respondents respondents,
      Map<String, Stance> counted,
      OpenStarts openStarts) {
    Map<String, Source> sources = new LinkedHashMap<>();
    for (PassagePosition p : passages) {
      sources.computeIfAbsent(p.passageId(), id -> Source.of(p, texts.get(id), form));
    }
    Map<String, Set<String>> writers = new HashMap<>();
    Map<String, Set<Stance>> stancesOf = new HashMap<>();
    for (PassagePosition p : passages) {
      Source source = sources.get(p.passageId());
      for (String sentence : source.normalisedSentences()) {
        writers.computeIfAbsent(sentence, s -> new HashSet<>()).add(p.submissionId());
      }
      for (String sentence : source.normalised()) {
        stancesOf
            .computeIfAbsent(p.topic() + "\t" + sentence, s -> new HashSet<>())
            .add(p.stance());
      }
    }
    Filter filter = new Filter(writers, stancesOf, respondents);
    Map<String, Set<String>> topicsOf = new HashMap<>();
    passages.forEach(
        p -> topicsOf.computeIfAbsent(p.passageId(), id -> new HashSet<>()).add(p.topic()));

    Map<String, List<Candidate>> cells = new TreeMap<>();
    List<PassagePosition> quotable =
        passages.stream()
            .filter(
                p ->
                    counted == null
                        || counted.get(counted(p.submissionId(), p.topic())) == p.stance())
            .toList();
    // Reading the sentences is most of the work: the passages are read on all the driver's
    // cores, and their candidates gathered in the passages' order.
    List<List<Candidate>> found =
        quotable.parallelStream()
            .map(
                p ->
                    candidates(
                        p,
                        sources.get(p.passageId()),
                        filter,
                        topicsOf.get(p.passageId()).size() == 1
                            && QuestionnaireTexts.isQuestionnaire(p.file()),
                        openStarts.contains(p.passageId()) ? 1 : 0))
            .toList();
    for (int i = 0; i < quotable.size(); i++) {
      PassagePosition p = quotable.get(i);
      String cell =
          cell(p.topic(), p.stance(), respondents.order(respondents.holderGroup(p.submissionId())));
      cells.computeIfAbsent(cell, c -> new ArrayList<>()).addAll(found.get(i));
    }
    List<Quote> quotes = new ArrayList<>();
    Set<String> quoted = new HashSet<>();
    for (List<Candidate> candidates : cells.values()) {
      candidates.sort(Candidate.ORDER);
      for (Candidate c : choose(candidates, respondents, quoted)) {
        PassagePosition p = c.passage();
        String campaign = respondents.campaign(p.submissionId());
        quotes.add(
            new Quote(
                p.topic(),
                p.stance(),
                respondents.holderGroup(p.submissionId()),
                p.positionId(),
                p.submissionId(),
                respondents.publishableOrganisation(p.submissionId()),
                p.file(),
                p.page(),
                p.passageId(),
                c.text(),
                campaign == null ? "" : campaign));
      }
    }
    return quotes;
  }

  /** What a passage offers: its text (stored, else the excerpt), language and sentences. */
  private record Source(
      String text, String language, List<Sentences.Span> sentences, List<String> normalised) {

    static Source of(PassagePosition p, Passage stored, SentenceForm form) {
      String text = stored != null ? stored.text() : p.excerpt();
      String language = stored != null ? stored.language() : "";
      List<Sentences.Span> spans =
          SentenceForm.isTableOfContents(text) ? List.of() : form.sentences(text);
      return new Source(
          text,
          language,
          spans,
          spans.stream().map(s -> SentenceForm.normalised(s.of(text))).toList());
    }

    /** Sentences long enough that two submissions writing them is no coincidence. */
    List<String> normalisedSentences() {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        if (SentenceForm.words(sentences.get(i).of(text)) >= SHARED_MIN_WORDS) {
          out.add(normalised.get(i));
        }
      }
      return out;
    }
  }

  /** The rules about who else writes a sentence. */
  private record Filter(
      Map<String, Set<String>> writers,
      Map<String, Set<Stance>> stancesOf,
      Respondents respondents) {

    /** Written by two submissions or more that did not sign one campaign together. */
    boolean shared(String normalised) {
      Set<String> by = writers.getOrDefault(normalised, Set.of());
      if (by.size() < 2) {
        return false;
      }
      String campaign = respondents.campaign(by.iterator().next());
      return campaign == null
          || !by.stream().allMatch(s -> campaign.equals(respondents.campaign(s)));
    }

    /** Found in the evidence of more than one stance on the topic. */
    boolean twoStances(String topic, String normalised) {
      return stancesOf.getOrDefault(topic + "\t" + normalised, Set.of()).size() > 1;
    }
  }

  /**
   * A quote names its cell's topic itself, before any other: a chair cites it as what the
   * respondent says about that measure, and a sentence that names none, read from its paragraph's
   * topic, is as often about a neighbouring one. The one exception is a questionnaire answer that
   * names none under a question that names the topic alone: the question says what it answers.
   *
   * @param answersTopic whether the passage is a questionnaire answer carrying the cell's topic
   *     alone
   * @param first the first sentence that may be quoted (1 where the passage opens mid-sentence)
   */
  private List<Candidate> candidates(
      PassagePosition p, Source source, Filter filter, boolean answersTopic, int first) {
    List<Candidate> out = new ArrayList<>();
    if (!passageAllows(p, source)) {
      return out;
    }
    List<Sentences.Span> spans = source.sentences();
    for (int i = first; i < spans.size(); i++) {
      Sentences.Span span = spans.get(i);
      String sentence = span.of(source.text());
      Optional<SentenceForm.Rejection> rejection = form.rejection(sentence);
      boolean fragment = rejection.equals(Optional.of(SentenceForm.Rejection.FRAGMENT));
      if ((rejection.isPresent() && !fragment) || !ownWords(p, source, i, filter)) {
        continue;
      }
      boolean extended =
          span.end() - span.start() < SHORT_SENTENCE_CHARS
              && i + 1 < spans.size()
              && Sentences.adjoin(source.text(), span, spans.get(i + 1))
              && mayFollow(p, source, i + 1, filter);
      String text =
          source.text().substring(span.start(), extended ? spans.get(i + 1).end() : span.end());
      if (fragment
          && (!extended
              || SentenceForm.words(text) < SentenceForm.MIN_WORDS
              || !takesStance(stance.read(sentence, source.language()), p))) {
        continue; // a short sentence opens a quote only when it takes the stance itself ("We oppose
        // X.")
      }
      SentenceStance.Reading reading =
          stance.read(form.readAs(source.text(), spans, i, text), source.language());
      boolean namesTopic = reading.topics().contains(p.topic());
      if (SentenceStance.about(reading, p.topic(), answersTopic) && takesStance(reading, p)) {
        List<String> keys =
            new ArrayList<>(List.of(SentenceForm.normalised(text), source.normalised().get(i)));
        if (extended
            && SentenceForm.words(spans.get(i + 1).of(source.text())) >= SentenceForm.MIN_WORDS) {
          keys.add(source.normalised().get(i + 1));
        }
        out.add(
            new Candidate(
                p,
                text,
                i,
                SentenceStance.agreement(reading, p.topic(), p.stance()),
                reading.ownVoice() || reading.demand(),
                namesTopic,
                keys));
      } // else about another topic that the passage also carries, or not taking the cell's stance
    }
    return out;
  }

  /**
   * Whether the passage as a whole may hold the cell's quotes ({@link
   * SentenceStance#passageAllows}).
   */
  private boolean passageAllows(PassagePosition p, Source source) {
    return stance.passageAllows(source.text(), source.language(), p.topic(), p.stance());
  }

  private static boolean takesStance(SentenceStance.Reading reading, PassagePosition p) {
    return SentenceStance.takes(reading, p.topic(), p.stance());
  }

  /** Neither shared outside a campaign nor filed under two stances of the topic. */
  private static boolean ownWords(PassagePosition p, Source source, int i, Filter filter) {
    String normalised = source.normalised().get(i);
    return !filter.shared(normalised) && !filter.twoStances(p.topic(), normalised);
  }

  /**
   * A sentence that may follow a short one in a quote: a sentence of any length, in the
   * respondent's own words.
   */
  private boolean mayFollow(PassagePosition p, Source source, int i, Filter filter) {
    String sentence = source.sentences().get(i).of(source.text());
    return form.rejection(sentence).filter(r -> r != SentenceForm.Rejection.FRAGMENT).isEmpty()
        && ownWords(p, source, i, filter);
  }

  /**
   * A cell's quotes: candidates in order, those that agree before those that lean, first from a
   * position not yet quoted, then from any; one per holder, no text quoted before anywhere.
   */
  private static List<Candidate> choose(
      List<Candidate> candidates, Respondents respondents, Set<String> quoted) {
    List<Candidate> chosen = new ArrayList<>();
    Set<String> holders = new HashSet<>();
    Set<String> positions = new HashSet<>();
    for (Agreement tier : List.of(Agreement.AGREES, Agreement.LEANS)) {
      for (int pass = 0; pass < 2 && chosen.size() < PER_CELL; pass++) {
        for (Candidate c : candidates) {
          if (chosen.size() == PER_CELL) {
            break;
          }
          boolean newPosition = !positions.contains(c.passage().positionId());
          if (c.agreement() != tier
              || (pass == 0 && !newPosition)
              || holders.contains(holder(c.passage(), respondents))
              || c.keys().stream().anyMatch(quoted::contains)) {
            continue;
          }
          chosen.add(c);
          holders.add(holder(c.passage(), respondents));
          positions.add(c.passage().positionId());
          quoted.addAll(c.keys());
        }
      }
    }
    return chosen;
  }

  /**
   * A quotable stretch of a passage.
   *
   * @param sentence the index of its first sentence in the passage
   * @param keys what may not be quoted twice: its text, its first sentence and a second one of
   *     {@link SentenceForm#MIN_WORDS} words or more, normalised
   */
  private record Candidate(
      PassagePosition passage,
      String text,
      int sentence,
      Agreement agreement,
      boolean voice,
      boolean namesTopic,
      List<String> keys) {

    static final Comparator<Candidate> ORDER =
        Comparator.comparing(Candidate::agreement)
            .thenComparing(c -> !c.voice())
            .thenComparing(c -> !c.namesTopic())
            .thenComparingInt(c -> c.passage().position())
            .thenComparingDouble(c -> -c.passage().centrality())
            .thenComparing(c -> c.passage().passageId())
            .thenComparingInt(Candidate::sentence);
  }

  /** The key of a submission's stance on a topic in {@link #select}'s {@code counted}. */
  public static String counted(String submissionId, String topic) {
    return submissionId + "\t" + topic;
  }

  private static String holder(PassagePosition p, Respondents respondents) {
    String campaign = respondents.campaign(p.submissionId());
    return campaign != null ? "campaign:" + campaign : p.submissionId();
  }

  /** A cell's key: cells sort by topic, stance, then in the consultation's order of groups. */
  private static String cell(String topic, Stance stance, int groupOrder) {
    return String.format(Locale.ROOT, "%s\t%d\t%03d", topic, stance.ordinal(), groupOrder);
  }
}
