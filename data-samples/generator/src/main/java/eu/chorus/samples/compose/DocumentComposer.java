package eu.chorus.samples.compose;

import eu.chorus.samples.bank.CampaignTemplate;
import eu.chorus.samples.compose.Block.Heading;
import eu.chorus.samples.compose.Block.Lines;
import eu.chorus.samples.compose.Block.ListBlock;
import eu.chorus.samples.compose.Block.Para;
import eu.chorus.samples.compose.Block.Question;
import eu.chorus.samples.compose.Block.Table;
import eu.chorus.samples.domain.Consultation;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Stance;
import eu.chorus.samples.domain.Topic;
import eu.chorus.samples.plan.Consent;
import eu.chorus.samples.plan.Draw;
import eu.chorus.samples.plan.Respondent;
import eu.chorus.samples.plan.SubmissionPlan;
import eu.chorus.samples.plan.TopicChoice;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Composes the documents of one submission, one method per document kind. Each method draws its
 * text from a {@link TextSource}, which records the gold as it goes.
 */
final class DocumentComposer {

  /** Papers never exceed this many words: the corpus spec caps documents at 8,000. */
  private static final int MAX_PAPER_WORDS = 7600;

  /** Comprehensive papers aim at 6,000 words or more and stop adding text near this many. */
  private static final int COMPREHENSIVE_MIN_WORDS = 6000;

  private static final int COMPREHENSIVE_MAX_WORDS = 7600;

  /** E-mails and cover notes are padded up to this many words (signature excluded). */
  private static final int MIN_WORDS = 150;

  private final SubmissionPlan plan;
  private final SplittableRandom rng;
  private final LocalDateTime created;

  DocumentComposer(SubmissionPlan plan, SplittableRandom rng) {
    this.plan = plan;
    this.rng = rng;
    // Files are written some hours or days before they are uploaded.
    // Files are written some hours or days before they are uploaded, but not before the
    // consultation opened: every date in the corpus lies within the consultation period.
    LocalDateTime written = plan.submittedAt().minusMinutes(30 + rng.nextInt(60 * 96));
    this.created = written.isBefore(Consultation.OPENS) ? Consultation.OPENS.plusHours(9) : written;
  }

  Document paper(TextSource src, List<TopicChoice> topics, List<Topic> mentions, boolean annex) {
    if (plan.comprehensive()) {
      return comprehensivePaper(src, topics, mentions, annex);
    }
    Respondent r = src.respondent();
    List<Argument> args = arguments(src, topics);
    int target = paperTarget(r);
    int words = 500 + args.stream().mapToInt(Argument::words).sum();
    boolean grew = true;
    while (words < target && grew) {
      grew = false;
      for (Argument a : args) {
        if (words >= target || words > MAX_PAPER_WORDS) {
          break;
        }
        int before = a.words();
        if (src.extend(a)) {
          grew = true;
          words += a.words() - before;
        }
      }
    }
    List<String> background = new ArrayList<>();
    int missing = target - words;
    int backgroundCount =
        missing > 1200
            ? Draw.between(3, 6, rng)
            : missing > 400 ? Draw.between(1, 4, rng) : Draw.between(0, 1, rng);
    for (int i = 0; i < backgroundCount && words < MAX_PAPER_WORDS; i++) {
      Optional<String> p = src.offTopic();
      if (p.isEmpty()) {
        break;
      }
      background.add(p.get());
      words += Document.count(p.get());
    }
    // Summary and recommendations are read off the arguments before mentions are appended, so
    // that they never repeat a mention sentence.
    List<String> summary = new ArrayList<>();
    List<String> recommendations = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Argument a : args) {
      // Both come from the first paragraph, which always carries the stance (later ones may be
      // neutral context).
      String first = Sentences.first(a.paragraphs().get(0));
      summary.add(first);
      String rec = Sentences.last(a.paragraphs().get(0));
      if (a.stance() != Stance.NEUTRAL && !rec.equals(first)) {
        recommendations.add(rec);
      }
      rows.add(
          List.of("", src.labels().pick("stance." + a.stance(), rng), Sentences.shorten(rec, 18)));
    }
    appendMentions(src, mentions, args, background);

    boolean numbered = Draw.chance(0.5, rng);
    int[] section = {0};
    java.util.function.Function<String, String> h1 =
        text -> numbered ? (++section[0]) + ". " + text : text;
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Lines(List.of(r.displayName(), date(src, created))));
    if (args.size() >= 2 && Draw.chance(0.85, rng)) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.summary"))));
      blocks.add(new Para(src.label("summary.lead")));
      blocks.add(new ListBlock(false, summary));
    }
    blocks.add(
        new Heading(
            1,
            h1.apply(src.label(r.isIndividual() ? "heading.about.individual" : "heading.about"))));
    List<String> intro = src.intro(r.isIndividual() ? 1 : Draw.between(1, 2, rng));
    List<String> footnotes = src.labels().all("footnotes");
    for (int i = 0; i < intro.size(); i++) {
      blocks.add(
          new Para(
              intro.get(i),
              i == 0 && Draw.chance(0.4, rng) ? List.of(footnotes.get(0)) : List.of()));
    }
    if (!background.isEmpty()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.background"))));
      background.forEach(p -> blocks.add(new Para(p)));
    }
    blocks.add(new Heading(1, h1.apply(src.label("heading.positions"))));
    int sub = 0;
    int section2 = section[0];
    for (int i = 0; i < args.size(); i++) {
      Argument a = args.get(i);
      String heading = src.heading(a.topic());
      rows.set(i, List.of(heading, rows.get(i).get(1), rows.get(i).get(2)));
      sub++;
      blocks.add(new Heading(2, numbered ? section2 + "." + sub + " " + heading : heading));
      for (String p : a.paragraphs()) {
        boolean note = Draw.chance(0.2, rng);
        blocks.add(new Para(p, note ? List.of(Draw.one(footnotes, rng)) : List.of()));
      }
    }
    if (args.size() >= 2 && Draw.chance(0.7, rng)) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.table"))));
      blocks.add(new Table(List.of(src.label("table.header").split("\\|")), rows));
    }
    if (!recommendations.isEmpty()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.recommendations"))));
      blocks.add(new Para(src.label("recommendations.lead")));
      blocks.add(new ListBlock(true, recommendations));
    }
    Optional<String> closing = src.closing();
    if (closing.isPresent()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.conclusion"))));
      blocks.add(new Para(closing.get()));
    }
    if (r.isIndividual() || Draw.chance(0.6, rng)) {
      blocks.add(new Lines(signature(src, false)));
    }
    String title = src.label(annex ? "annex.title" : "title.paper");
    return document(src, title, true, blocks);
  }

  /**
   * The long paper of a big association or coalition: 12 to 16 topics with 2 to 4 paragraphs each
   * where the bank allows, a long background section, an executive summary, numbered
   * recommendations and an annex table, about 6,000 to 7,500 words in all.
   */
  private Document comprehensivePaper(
      TextSource src, List<TopicChoice> topics, List<Topic> mentions, boolean annex) {
    Respondent r = src.respondent();
    List<Argument> args = arguments(src, topics);
    int target = COMPREHENSIVE_MIN_WORDS + 200 + rng.nextInt(1000);
    // Title, intro, summary, recommendations, table and closing: about 100 words a topic.
    int overhead = 350 + 100 * args.size();
    int words = overhead + args.stream().mapToInt(Argument::words).sum();
    // Every topic gets 2 paragraphs where the bank allows, then rounds of one more (up to 4).
    for (int perTopic = 2; perTopic <= 4; perTopic++) {
      for (Argument a : args) {
        if (words >= target) {
          break;
        }
        int before = a.words();
        if (a.paragraphs().size() < perTopic && src.extend(a)) {
          words += a.words() - before;
        }
      }
    }
    List<String> background = new ArrayList<>();
    int backgroundCount = Draw.between(4, 7, rng);
    for (int i = 0;
        (i < backgroundCount || words < target) && words < COMPREHENSIVE_MAX_WORDS - 200;
        i++) {
      Optional<String> p = src.offTopic();
      if (p.isEmpty()) {
        break;
      }
      background.add(p.get());
      words += Document.count(p.get());
    }
    // Read off before mentions are appended. NEUTRAL context paragraphs come last in an
    // argument, so the first paragraphs before them carry its stance.
    List<String> summary = new ArrayList<>();
    List<String> recommendations = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Argument a : args) {
      List<String> sentences = Sentences.split(a.paragraphs().get(0));
      // Two sentences when the paragraph is long enough not to be copied whole.
      summary.add(
          sentences.size() >= 4 ? sentences.get(0) + " " + sentences.get(1) : sentences.get(0));
      String rec = sentences.get(sentences.size() - 1);
      if (a.stance() != Stance.NEUTRAL) {
        int stanceParagraphs = a.paragraphs().size() - a.contextParagraphs();
        for (int i = 0; i < Math.min(2, stanceParagraphs); i++) {
          List<String> s = Sentences.split(a.paragraphs().get(i));
          if (s.size() >= 2) {
            recommendations.add(s.get(s.size() - 1));
          }
        }
      }
      rows.add(
          List.of("", src.labels().pick("stance." + a.stance(), rng), Sentences.shorten(rec, 30)));
    }
    appendMentions(src, mentions, args, background);

    int[] section = {0};
    java.util.function.Function<String, String> h1 = text -> (++section[0]) + ". " + text;
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Lines(List.of(r.displayName(), date(src, created))));
    blocks.add(new Heading(1, h1.apply(src.label("heading.summary"))));
    blocks.add(new Para(src.label("summary.lead")));
    blocks.add(new ListBlock(false, summary));
    blocks.add(new Heading(1, h1.apply(src.label("heading.about"))));
    List<String> footnotes = src.labels().all("footnotes");
    List<String> intro = src.intro(3);
    for (int i = 0; i < intro.size(); i++) {
      blocks.add(new Para(intro.get(i), i == 0 ? List.of(footnotes.get(0)) : List.of()));
    }
    if (!background.isEmpty()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.background"))));
      background.forEach(p -> blocks.add(new Para(p)));
    }
    blocks.add(new Heading(1, h1.apply(src.label("heading.positions"))));
    int positions = section[0];
    for (int i = 0; i < args.size(); i++) {
      Argument a = args.get(i);
      String heading = src.heading(a.topic());
      rows.set(i, List.of(heading, rows.get(i).get(1), rows.get(i).get(2)));
      blocks.add(new Heading(2, positions + "." + (i + 1) + " " + heading));
      for (String p : a.paragraphs()) {
        boolean note = Draw.chance(0.2, rng);
        blocks.add(new Para(p, note ? List.of(Draw.one(footnotes, rng)) : List.of()));
      }
    }
    if (!recommendations.isEmpty()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.recommendations"))));
      blocks.add(new Para(src.label("recommendations.lead")));
      blocks.add(new ListBlock(true, recommendations));
    }
    List<String> closings = new ArrayList<>();
    src.closing().ifPresent(closings::add);
    if (Draw.chance(0.5, rng)) {
      src.closing().ifPresent(closings::add);
    }
    if (!closings.isEmpty()) {
      blocks.add(new Heading(1, h1.apply(src.label("heading.conclusion"))));
      closings.forEach(p -> blocks.add(new Para(p)));
    }
    blocks.add(new Lines(signature(src, false)));
    blocks.add(new Heading(1, src.label("heading.annex") + ": " + src.label("heading.table")));
    blocks.add(new Table(List.of(src.label("table.header").split("\\|")), rows));
    String title = src.label(annex ? "annex.title" : "title.paper");
    return document(src, title, true, blocks);
  }

  Document questionnaire(
      TextSource src, List<TopicChoice> topics, List<Topic> noOpinion, List<Topic> mentions) {
    Respondent r = src.respondent();
    Labels l = src.labels();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Lines(List.of(l.pick("form.header", rng))));
    List<String> fields = new ArrayList<>();
    fields.add(l.pick("form.id", rng) + ": " + contributionId());
    if (!r.isIndividual()) {
      fields.add(l.pick("form.organisation", rng) + ": " + r.displayName());
    }
    // The export shows what the respondent typed, whatever the publication setting.
    fields.add(l.pick("form.name", rng) + ": " + r.contact().fullName());
    fields.add(l.pick("form.email", rng) + ": " + r.contact().email());
    fields.add(l.pick("form.country", rng) + ": " + r.country().name(l.language()));
    String declared =
        plan.declaredType().isEmpty() ? l.pick("form.notype", rng) : plan.declaredType();
    fields.add(l.pick("form.type", rng) + ": " + declared);
    fields.add(l.pick("form.language", rng) + ": " + l.language().code().toUpperCase(Locale.ROOT));
    fields.add(l.pick("form.consent", rng) + ": " + l.pick("form.consent." + r.consent(), rng));
    fields.add(l.pick("form.date", rng) + ": " + plan.submittedAt().toLocalDate());
    blocks.add(new Lines(fields));

    int n = 0;
    blocks.add(
        new Question(
            numberedQuestion(l, ++n),
            l.pick(r.isIndividual() ? "question.describe.individual" : "question.describe", rng)));
    src.intro(1).forEach(p -> blocks.add(new Para(p)));

    Map<Topic, Stance> planned = new HashMap<>();
    topics.forEach(t -> planned.put(t.topic(), t.stance()));
    Set<Topic> asked = EnumSet.noneOf(Topic.class);
    asked.addAll(planned.keySet());
    asked.addAll(noOpinion);
    List<Argument> args = new ArrayList<>();
    for (Topic t : asked) {
      blocks.add(new Question(numberedQuestion(l, ++n), src.question(t)));
      Optional<Argument> a =
          planned.containsKey(t) ? src.argue(t, planned.get(t)) : Optional.empty();
      if (a.isPresent()) {
        if (Draw.chance(0.35, rng)) {
          src.extend(a.get());
        }
        args.add(a.get());
        a.get().paragraphs().forEach(p -> blocks.add(new Para(p)));
      } else {
        blocks.add(new Para(l.pick("no.opinion", rng)));
      }
    }
    blocks.add(new Question(numberedQuestion(l, ++n), l.pick("question.other", rng)));
    List<String> other = new ArrayList<>();
    if (!mentions.isEmpty() || Draw.chance(0.4, rng)) {
      src.offTopic().ifPresent(other::add);
    }
    appendMentions(src, mentions, List.of(), other);
    if (other.isEmpty()) {
      blocks.add(new Para(l.pick("no.comment", rng)));
    } else {
      other.forEach(p -> blocks.add(new Para(p)));
    }
    return document(src, l.pick("title.questionnaire", rng), true, blocks);
  }

  Document letter(TextSource src, List<TopicChoice> topics, List<Topic> mentions) {
    Respondent r = src.respondent();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Lines(letterhead(src)));
    blocks.add(new Lines(List.of(src.labels().pick("letter.place", rng, dateValues(src)))));
    blocks.add(new Lines(List.of(src.label("recipient").split("\\|"))));
    String subject = src.label("subject.letter");
    blocks.add(new Heading(2, subject));
    blocks.add(new Para(src.label("salutation")));
    List<String> body = new ArrayList<>();
    if (r.isIndividual()) {
      body.add(src.label("individual.opening") + " " + src.intro(1).get(0));
    } else {
      body.addAll(src.intro(1));
    }
    List<Argument> args = arguments(src, topics);
    for (Argument a : args) {
      if (Draw.chance(0.4, rng)) {
        src.extend(a);
      }
    }
    List<String> extra = new ArrayList<>();
    if (Draw.chance(0.3, rng)) {
      src.offTopic().ifPresent(extra::add);
    }
    appendMentions(src, mentions, args, extra);
    args.forEach(a -> body.addAll(a.paragraphs()));
    body.addAll(extra);
    src.closing().ifPresent(body::add);
    body.forEach(p -> blocks.add(new Para(p)));
    blocks.add(new Lines(signature(src, true)));
    return document(src, subject, false, blocks);
  }

  Document email(TextSource src, List<TopicChoice> topics, List<Topic> mentions) {
    Respondent r = src.respondent();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Para(src.label("salutation.email")));
    List<String> body = new ArrayList<>();
    String opening = r.isIndividual() ? src.label("individual.opening") : "";
    if (r.isIndividual() || Draw.chance(0.7, rng)) {
      body.add((opening + " " + src.intro(1).get(0)).strip());
    } else if (!opening.isEmpty()) {
      body.add(opening);
    }
    List<Argument> args = arguments(src, topics);
    for (Argument a : args) {
      if (Draw.chance(0.2, rng)) {
        src.extend(a);
      }
    }
    appendMentions(src, mentions, args, new ArrayList<>());
    args.forEach(a -> body.addAll(a.paragraphs()));
    if (Draw.chance(0.5, rng)) {
      src.closing().ifPresent(body::add);
    }
    padToMinimum(src, body);
    body.forEach(p -> blocks.add(new Para(p)));
    blocks.add(new Lines(signature(src, true)));
    return document(src, src.label("subject.email"), false, blocks);
  }

  /** The short letter or e-mail that accompanies an annex; it may argue a topic itself. */
  Document cover(TextSource src, List<TopicChoice> topics, boolean englishAnnex, boolean asEmail) {
    Respondent r = src.respondent();
    List<Block> blocks = new ArrayList<>();
    if (!asEmail) {
      blocks.add(new Lines(letterhead(src)));
      blocks.add(new Lines(List.of(src.labels().pick("letter.place", rng, dateValues(src)))));
      blocks.add(new Heading(2, src.label("subject.cover")));
    }
    blocks.add(new Para(src.label(asEmail ? "salutation.email" : "salutation")));
    List<String> body = new ArrayList<>();
    if (r.isIndividual()) {
      body.add(src.label("individual.opening") + " " + src.intro(1).get(0));
    } else {
      body.addAll(src.intro(1));
    }
    String attached = src.label("attached");
    body.add(englishAnnex ? attached + " " + src.label("annex.english") : attached);
    List<Argument> args = arguments(src, topics);
    args.forEach(a -> body.addAll(a.paragraphs()));
    if (Draw.chance(0.5, rng)) {
      src.closing().ifPresent(body::add);
    }
    padToMinimum(src, body);
    body.forEach(p -> blocks.add(new Para(p)));
    blocks.add(new Lines(signature(src, true)));
    return document(src, src.label("subject.cover"), false, blocks);
  }

  /**
   * A campaign member's copy of the template: a personal opening, sometimes two paragraphs swapped
   * or one dropped, a few typos, and the member's own signature.
   */
  Document campaign(TextSource src, CampaignTemplate template, Gold gold) {
    Respondent r = src.respondent();
    List<String> paragraphs = new ArrayList<>();
    template.paragraphs().forEach(p -> paragraphs.add(src.fill(p)));
    int n = paragraphs.size();
    // The first paragraph is the salutation, the last the collective sign-off: keep both.
    if (n >= 5 && Draw.chance(0.3, rng)) {
      int i = Draw.between(1, n - 3, rng);
      String tmp = paragraphs.get(i);
      paragraphs.set(i, paragraphs.get(i + 1));
      paragraphs.set(i + 1, tmp);
    }
    if (n >= 6 && Draw.chance(0.15, rng)) {
      paragraphs.remove(Draw.between(2, n - 3, rng));
    }
    int typos = Draw.between(0, 3, rng);
    for (int t = 0; t < typos; t++) {
      int i = rng.nextInt(paragraphs.size());
      paragraphs.set(i, Typos.swapOnce(paragraphs.get(i), rng));
    }
    Map<String, String> values = new TreeMap<>(src.placeholders());
    // Creators' campaigns are signed by illustrators and musicians, the others by individuals of
    // the usual kinds (researchers, engineers...).
    boolean creators = template.groups().contains(Group.RIGHTSHOLDER);
    values.put("role", src.labels().pick(creators ? "role.campaign" : "role.individual", rng));
    if (Draw.chance(0.85, rng)) {
      paragraphs.add(
          Math.min(1, paragraphs.size()), src.labels().pick("campaign.opening", rng, values));
    }
    template.topics().forEach(gold::addressed);
    List<Block> blocks = new ArrayList<>();
    paragraphs.forEach(p -> blocks.add(new Para(p)));
    // Small organisations sign with their usual function; individuals with the role they gave.
    String role = r.isIndividual() ? values.get("role") : src.labels().pick("role.org", rng);
    blocks.add(new Lines(signature(src, false, role)));
    String title = src.label("subject.letter");
    if (r.consent() == Consent.PUBLIC && Draw.chance(0.3, rng)) {
      title = title + " - " + r.contact().fullName();
    }
    return document(src, title, false, blocks);
  }

  /**
   * Keeps short texts at {@link #MIN_WORDS} or more by adding a closing or an off-topic paragraph,
   * which changes no gold.
   */
  private void padToMinimum(TextSource src, List<String> body) {
    int words = body.stream().mapToInt(Document::count).sum();
    while (words < MIN_WORDS) {
      Optional<String> more = src.closing().or(src::offTopic);
      if (more.isEmpty()) {
        return;
      }
      body.add(more.get());
      words += Document.count(more.get());
    }
  }

  private List<Argument> arguments(TextSource src, List<TopicChoice> topics) {
    List<Argument> args = new ArrayList<>();
    for (TopicChoice t : topics) {
      src.argue(t.topic(), t.stance()).ifPresent(args::add);
    }
    return args;
  }

  /** Appends each mention sentence to a paragraph: to an argument's or, failing that, extras. */
  private void appendMentions(
      TextSource src, List<Topic> mentions, List<Argument> args, List<String> extra) {
    for (Topic t : mentions) {
      Optional<String> sentence = src.mention(t);
      if (sentence.isEmpty()) {
        continue;
      }
      if (!args.isEmpty() && (extra.isEmpty() || Draw.chance(0.6, rng))) {
        List<String> ps = Draw.one(args, rng).paragraphs();
        int i = rng.nextInt(ps.size());
        ps.set(i, ps.get(i) + " " + sentence.get());
      } else if (!extra.isEmpty()) {
        int i = rng.nextInt(extra.size());
        extra.set(i, extra.get(i) + " " + sentence.get());
      } else {
        extra.add(sentence.get());
      }
    }
  }

  private int paperTarget(Respondent r) {
    double u = Math.pow(rng.nextDouble(), 1.4);
    if (r.isIndividual()) {
      return 700 + (int) (u * 1800);
    }
    Group g = r.group();
    boolean big =
        g == Group.GPAI_PROVIDER || g == Group.INDUSTRY_ASSOCIATION || g == Group.CIVIL_SOCIETY;
    return big ? 2000 + (int) (u * 6000) : 1300 + (int) (u * 4000);
  }

  private List<String> letterhead(TextSource src) {
    Respondent r = src.respondent();
    List<String> lines = new ArrayList<>();
    lines.add(r.displayName());
    lines.add(r.city() + ", " + r.country().name(src.labels().language()));
    return lines;
  }

  /**
   * The sign-off block. Individuals always give name, e-mail and phone: the test data must carry
   * the personal data that Chorus has to redact.
   */
  private List<String> signature(TextSource src, boolean signoff) {
    String key = src.respondent().isIndividual() ? "role.individual" : "role.org";
    return signature(src, signoff, src.labels().pick(key, rng));
  }

  private List<String> signature(TextSource src, boolean signoff, String role) {
    Respondent r = src.respondent();
    Labels l = src.labels();
    List<String> lines = new ArrayList<>();
    if (signoff) {
      lines.add(l.pick("signoff", rng));
    }
    lines.add(r.contact().fullName());
    if (r.isIndividual()) {
      lines.add(Character.toUpperCase(role.charAt(0)) + role.substring(1));
      lines.add(r.city() + ", " + r.country().name(l.language()));
    } else {
      lines.add(role + ", " + r.displayName());
    }
    lines.add(r.contact().email());
    if (r.isIndividual() || Draw.chance(0.6, rng)) {
      lines.add(r.contact().phone());
    }
    return lines;
  }

  private Map<String, String> dateValues(TextSource src) {
    Map<String, String> values = new TreeMap<>(src.placeholders());
    values.put("date", date(src, created));
    return values;
  }

  private static String date(TextSource src, LocalDateTime at) {
    Language language = src.labels().language();
    Locale locale = language == Language.EN ? Locale.UK : Locale.forLanguageTag(language.code());
    return at.format(
        new DateTimeFormatterBuilder().appendLocalized(FormatStyle.LONG, null).toFormatter(locale));
  }

  private String contributionId() {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-%04x-%04x-%012x",
        rng.nextInt(),
        rng.nextInt(0x10000),
        0x4000 | rng.nextInt(0x1000),
        0x8000 | rng.nextInt(0x4000),
        rng.nextLong() & 0xFFFFFFFFFFFFL);
  }

  private static String numberedQuestion(Labels l, int n) {
    return l.all("question.label").get(0).replace("{n}", Integer.toString(n));
  }

  private Document document(TextSource src, String title, boolean showTitle, List<Block> blocks) {
    Respondent r = src.respondent();
    // Office software records the account name, which for individuals is their own name.
    String author =
        r.isIndividual() || Draw.chance(0.5, rng)
            ? r.contact().fullName()
            : Draw.chance(0.5, rng) ? r.displayName() : "";
    return new Document(
        src.labels().language(), title, showTitle, blocks, author, created, rng.nextLong());
  }
}
