package eu.chorus.samples.compose;

import eu.chorus.samples.bank.LanguageBank;
import eu.chorus.samples.bank.MissingBankTextException;
import eu.chorus.samples.bank.Paragraph;
import eu.chorus.samples.bank.TopicText;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.plan.Draw;
import eu.chorus.samples.plan.Respondent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The bank and labels of one language as one submission sees them. It hands out paragraphs the
 * respondent's group may write, never the same paragraph twice within the submission, and records
 * in the shared {@link Gold} which topics were argued and with which stance.
 */
final class TextSource {

  /**
   * Stances to fall back on, in order, when the bank has no unused paragraph of the planned one.
   */
  private static final Map<Stance, List<Stance>> FALLBACK = new EnumMap<>(Stance.class);

  static {
    FALLBACK.put(Stance.SUPPORT, List.of(Stance.SUPPORT, Stance.MIXED, Stance.NEUTRAL));
    FALLBACK.put(Stance.OPPOSE, List.of(Stance.OPPOSE, Stance.MIXED, Stance.NEUTRAL));
    FALLBACK.put(
        Stance.MIXED, List.of(Stance.MIXED, Stance.SUPPORT, Stance.OPPOSE, Stance.NEUTRAL));
    FALLBACK.put(
        Stance.NEUTRAL, List.of(Stance.NEUTRAL, Stance.MIXED, Stance.SUPPORT, Stance.OPPOSE));
  }

  private final LanguageBank bank;
  private final Labels labels;
  private final Respondent respondent;
  private final SplittableRandom rng;
  private final Set<Paragraph> used;
  private final Gold gold;
  private final String submissionId;
  private final Map<String, String> placeholders;

  TextSource(
      LanguageBank bank,
      Labels labels,
      Respondent respondent,
      SplittableRandom rng,
      Set<Paragraph> used,
      Gold gold,
      String submissionId) {
    this.bank = bank;
    this.labels = labels;
    this.respondent = respondent;
    this.rng = rng;
    this.used = used;
    this.gold = gold;
    this.submissionId = submissionId;
    // Sorted, so that placeholders are always replaced in the same order.
    Map<String, String> values = new TreeMap<>();
    values.put("org", respondent.displayName());
    values.put("sector", labels.sector(respondent.sector()));
    values.put("country", respondent.country().name(bank.language()));
    values.put("name", respondent.contact().fullName());
    values.put("city", respondent.city());
    this.placeholders = Collections.unmodifiableMap(values);
  }

  Labels labels() {
    return labels;
  }

  SplittableRandom rng() {
    return rng;
  }

  Respondent respondent() {
    return respondent;
  }

  Map<String, String> placeholders() {
    return placeholders;
  }

  String label(String key) {
    return Labels.fill(labels.pick(key, rng), placeholders);
  }

  /**
   * Starts arguing {@code topic}: the first paragraph of the planned stance, or of the nearest
   * stance the bank has for this group. Empty when the group can write nothing on the topic.
   */
  Optional<Argument> argue(Topic topic, Stance planned) {
    TopicText text = topicText(topic);
    for (Stance stance : FALLBACK.get(planned)) {
      Optional<String> first = take(text.usable(stance, group()));
      if (first.isPresent()) {
        gold.addressed(topic, stance);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(first.get());
        return Optional.of(new Argument(topic, stance, paragraphs));
      }
    }
    return Optional.empty();
  }

  /**
   * Adds one more paragraph to an argument: same stance, or at most two NEUTRAL paragraphs of
   * context (which do not change a non-neutral stance). Returns false when the bank has nothing
   * left.
   */
  boolean extend(Argument argument) {
    TopicText text = topicText(argument.topic());
    Optional<String> more = take(text.usable(argument.stance(), group()));
    if (more.isEmpty() && argument.stance() != Stance.NEUTRAL && argument.contextParagraphs() < 2) {
      more = take(text.usable(Stance.NEUTRAL, group()));
      more.ifPresent(p -> argument.addedContext());
    }
    more.ifPresent(argument.paragraphs()::add);
    return more.isPresent();
  }

  /** A one-sentence mention of {@code topic}, recorded as mentioned only. */
  Optional<String> mention(Topic topic) {
    Optional<TopicText> text = bank.topic(topic);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> m = take(text.get().mentions());
    m.ifPresent(s -> gold.mentioned(topic));
    return m;
  }

  List<String> intro(int max) {
    List<String> out = new ArrayList<>();
    List<Paragraph> usable = bank.intros(group());
    if (usable.isEmpty()) {
      throw new MissingBankTextException(
          "bank/"
              + bank.language().code()
              + "/_intro.txt has no ["
              + group()
              + "] paragraph, "
              + "needed by "
              + submissionId);
    }
    for (int i = 0; i < max; i++) {
      take(usable).ifPresent(out::add);
    }
    return out;
  }

  Optional<String> closing() {
    return take(bank.closings());
  }

  Optional<String> offTopic() {
    return take(bank.offTopic());
  }

  String question(Topic topic) {
    List<String> q = bank.questions(topic);
    if (q.isEmpty()) {
      throw missing("_questions.txt [" + topic.code() + "]");
    }
    return fill(Draw.one(q, rng));
  }

  String heading(Topic topic) {
    List<String> h = bank.headings(topic);
    if (h.isEmpty()) {
      throw missing("_headings.txt [" + topic.code() + "]");
    }
    return fill(Draw.one(h, rng));
  }

  String fill(String text) {
    return Labels.fill(text, placeholders);
  }

  private Group group() {
    return respondent.group();
  }

  private TopicText topicText(Topic topic) {
    return bank.topic(topic).orElseThrow(() -> missing(topic.code() + ".txt"));
  }

  private MissingBankTextException missing(String what) {
    return new MissingBankTextException(
        "bank/"
            + bank.language().code()
            + "/"
            + what
            + " is missing; "
            + submissionId
            + " needs it");
  }

  private Optional<String> take(List<Paragraph> candidates) {
    List<Paragraph> fresh = candidates.stream().filter(p -> !used.contains(p)).toList();
    if (fresh.isEmpty()) {
      return Optional.empty();
    }
    Paragraph p = Draw.one(fresh, rng);
    used.add(p);
    return Optional.of(fill(p.text()));
  }
}
