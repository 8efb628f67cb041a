package eu.chorus.samples.plan;

import eu.chorus.samples.bank.Bank;
import eu.chorus.samples.bank.CampaignTemplate;
import eu.chorus.samples.domain.Consultation;
import eu.chorus.samples.domain.Group;
import eu.chorus.samples.domain.Language;
import eu.chorus.samples.domain.Topic;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides the whole corpus before any text is written: who submits, when, in which language, kind
 * and format, on which topics with which stance, and the metadata noise of the platform.
 *
 * <p>The group mix and the campaign sizes are those of a real EU consultation of about 430
 * submissions, scaled to the requested size. Everything comes from one seeded stream consumed in a
 * fixed order, so that a seed always gives the same plans.
 */
public final class CorpusPlanner {

  /** Size of the real consultation; campaign sizes are given for it and scaled. */
  public static final int REFERENCE_SIZE = 430;

  private static final Map<Group, Double> GROUP_SHARES = new EnumMap<>(Group.class);
  private static final int[] CAMPAIGN_SIZES = {30, 15, 10, 5};
  private static final LocalDateTime OPENS = Consultation.OPENS;
  private static final LocalDateTime CLOSES = Consultation.CLOSES;
  private static final LocalDateTime LAST_FORTNIGHT = LocalDateTime.of(2024, 9, 4, 0, 0);

  static {
    GROUP_SHARES.put(Group.GPAI_PROVIDER, 5.0);
    GROUP_SHARES.put(Group.DOWNSTREAM_PROVIDER, 15.0);
    GROUP_SHARES.put(Group.INDUSTRY_ASSOCIATION, 22.0);
    GROUP_SHARES.put(Group.CIVIL_SOCIETY, 15.0);
    GROUP_SHARES.put(Group.RIGHTSHOLDER, 14.0);
    GROUP_SHARES.put(Group.ACADEMIA, 10.0);
    GROUP_SHARES.put(Group.INDEPENDENT_EXPERT, 13.0);
    GROUP_SHARES.put(Group.PUBLIC_AUTHORITY, 4.0);
    GROUP_SHARES.put(Group.OTHER, 2.0);
  }

  private final Bank bank;
  private final GroupProfiles profiles = GroupProfiles.load();
  private final NameFactory names = NameFactory.load();
  private final SplittableRandom rng;
  private final long seed;

  /**
   * Share of position papers that are comprehensive (a big association's or coalition's paper of
   * 6,000 to 8,000 words on 12 to 16 topics).
   */
  static final double COMPREHENSIVE_SHARE = 0.04;

  /** Topics a comprehensive paper addresses. */
  static final int COMPREHENSIVE_MIN_TOPICS = 12;

  static final int COMPREHENSIVE_MAX_TOPICS = 16;

  /** Salt of the stream that picks comprehensive papers, kept apart from the main stream. */
  private static final long COMPREHENSIVE_SALT = 0x636F6D7072656865L;

  private CorpusPlanner(Bank bank, long seed) {
    this.bank = bank;
    this.seed = seed;
    this.rng = new SplittableRandom(seed);
  }

  /** Plans {@code size} submissions, ids {@code CP-0001}... in order of submission time. */
  public static List<SubmissionPlan> plan(Bank bank, int size, long seed) {
    if (bank.language(Language.EN).isEmpty()) {
      throw new IllegalStateException("the bank has no English texts (bank/en/): nothing to write");
    }
    return new CorpusPlanner(bank, seed).plan(size);
  }

  /** A submission before its date and id are known. */
  private record Draft(
      Respondent respondent,
      Language language,
      DocumentKind kind,
      Packaging packaging,
      Format mainFormat,
      Format annexFormat,
      Language annexLanguage,
      List<TopicChoice> topics,
      Optional<String> campaignId) {}

  private List<SubmissionPlan> plan(int size) {
    Map<Group, Integer> quota = apportion(GROUP_SHARES, size);
    List<Draft> drafts = new ArrayList<>(campaignMembers(size, quota));
    Map<Group, Double> left = new EnumMap<>(Group.class);
    quota.forEach((g, n) -> left.put(g, (double) Math.max(0, n)));
    Map<Group, Integer> counts = apportion(left, size - drafts.size());
    for (Map.Entry<Group, Integer> e : counts.entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        drafts.add(ordinary(e.getKey()));
      }
    }
    List<Draft> order = Draw.shuffled(drafts, rng);
    List<LocalDateTime> times = submissionTimes(order.size());
    List<SubmissionPlan> plans = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      plans.add(finish(String.format(Locale.ROOT, "CP-%04d", i + 1), times.get(i), order.get(i)));
    }
    return comprehensive(plans);
  }

  /**
   * Turns a few position papers of associations, NGOs and providers written in English into
   * comprehensive ones, on 12 to 16 topics. A stream of its own makes the choice after the whole
   * plan is drawn, so every other submission keeps the plan (and the text) it had without them.
   */
  private List<SubmissionPlan> comprehensive(List<SubmissionPlan> plans) {
    SplittableRandom r = new SplittableRandom(seed ^ COMPREHENSIVE_SALT);
    long papers = plans.stream().filter(p -> p.kind() == DocumentKind.POSITION_PAPER).count();
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      SubmissionPlan p = plans.get(i);
      if (p.kind() == DocumentKind.POSITION_PAPER
          && !p.respondent().isIndividual()
          && bigWriter(p.respondent().group())
          && p.annexLanguage() == Language.EN) {
        eligible.add(i);
      }
    }
    int count =
        (int) Math.min(eligible.size(), Math.max(1, Math.round(COMPREHENSIVE_SHARE * papers)));
    if (papers == 0) {
      count = 0;
    }
    List<Integer> chosen = new ArrayList<>(Draw.shuffled(eligible, r).subList(0, count));
    chosen.sort(Comparator.naturalOrder());
    List<SubmissionPlan> out = new ArrayList<>(plans);
    for (int i : chosen) {
      SubmissionPlan p = plans.get(i);
      Group group = p.respondent().group();
      int n = Draw.between(COMPREHENSIVE_MIN_TOPICS, COMPREHENSIVE_MAX_TOPICS, r);
      Map<Topic, Double> w = new EnumMap<>(Topic.class);
      profiles.of(group).topics().forEach((t, bias) -> w.put(t, bias.weight()));
      p.topics().forEach(t -> w.remove(t.topic()));
      p.mentions().forEach(w::remove);
      p.noOpinion().forEach(w::remove);
      List<TopicChoice> topics = new ArrayList<>(p.topics());
      for (Topic t : Draw.weightedDistinct(w, n - topics.size(), r)) {
        topics.add(new TopicChoice(t, profiles.drawStance(group, t, r)));
      }
      topics.sort(Comparator.comparing(TopicChoice::topic));
      out.set(
          i,
          new SubmissionPlan(
              p.id(),
              p.submittedAt(),
              p.respondent(),
              p.declaredType(),
              p.languageColumn(),
              p.language(),
              p.kind(),
              p.packaging(),
              p.mainFormat(),
              p.annexFormat(),
              p.annexLanguage(),
              p.nested(),
              topics,
              p.noOpinion(),
              p.mentions(),
              p.campaignId(),
              true,
              p.seed()));
    }
    return out;
  }

  private List<Draft> campaignMembers(int size, Map<Group, Integer> quota) {
    List<Draft> out = new ArrayList<>();
    List<String> ids = bank.campaignIds();
    for (int c = 0; c < ids.size(); c++) {
      Map<Language, CampaignTemplate> versions = bank.campaigns().get(ids.get(c));
      CampaignTemplate primary =
          versions.containsKey(Language.EN)
              ? versions.get(Language.EN)
              : versions.values().iterator().next();
      int base = c < CAMPAIGN_SIZES.length ? CAMPAIGN_SIZES[c] : 5;
      int members = Math.max(2, (int) Math.round(base * (double) size / REFERENCE_SIZE));
      for (int m = 0; m < members; m++) {
        Group group = campaignGroup(primary, quota);
        quota.merge(group, -1, Integer::sum);
        boolean individual = group.isIndividual();
        Consent consent =
            Draw.chance(individual ? 0.6 : 0.1, rng) ? Consent.ANONYMOUS : Consent.PUBLIC;
        Respondent r = names.respondent(group, individual, consent, rng);
        Language language = primary.language();
        for (Language other : versions.keySet()) {
          if (other == primary.language()) {
            continue;
          }
          // Signers use the translation mostly when it is their own language.
          boolean own = r.country().writes().equals(Optional.of(other));
          if (Draw.chance(own ? 0.7 : 0.08, rng)) {
            language = other;
          }
        }
        CampaignTemplate used = versions.get(language);
        List<TopicChoice> topics = new ArrayList<>();
        used.topics().forEach((t, s) -> topics.add(new TopicChoice(t, s)));
        topics.sort(Comparator.comparing(TopicChoice::topic));
        Format format =
            Draw.weighted(
                weights(Format.class, "EML=26 PDF=38 PDF_SCANNED=8 DOCX=12 TXT=8 HTML=8"), rng);
        out.add(
            new Draft(
                r,
                language,
                DocumentKind.CAMPAIGN_LETTER,
                Packaging.SINGLE,
                format,
                format,
                language,
                topics,
                Optional.of(used.id())));
      }
    }
    return out;
  }

  private Group campaignGroup(CampaignTemplate template, Map<Group, Integer> quota) {
    Map<Group, Double> w = new EnumMap<>(Group.class);
    for (Group g : template.groups()) {
      // Individuals sign campaign letters far more often than organisations do.
      w.put(g, g.isIndividual() ? 3.0 : 1.0 + Math.max(0, quota.get(g)) / 50.0);
    }
    return Draw.weighted(w, rng);
  }

  private Draft ordinary(Group group) {
    boolean individual = group.isIndividual();
    Consent consent =
        Draw.chance(individual ? 0.6 : 0.04, rng) ? Consent.ANONYMOUS : Consent.PUBLIC;
    Respondent r = names.respondent(group, individual, consent, rng);
    Language language = Language.EN;
    Optional<Language> own = r.country().writes();
    if (own.isPresent()
        && bank.language(own.get()).isPresent()
        && group != Group.GPAI_PROVIDER
        && Draw.chance(individual ? 0.25 : 0.15, rng)) {
      language = own.get();
    }
    DocumentKind kind = profiles.drawKind(group, rng);
    Packaging packaging = packaging(kind, language);
    Format main = mainFormat(kind, packaging);
    Format annex = annexFormat(packaging);
    // Papers in another language often come with an English annex for the drafters.
    Language annexLanguage =
        language != Language.EN && packaging != Packaging.SINGLE && Draw.chance(0.7, rng)
            ? Language.EN
            : language;
    return new Draft(
        r,
        language,
        kind,
        packaging,
        main,
        annex,
        annexLanguage,
        topics(group, kind, individual),
        Optional.empty());
  }

  private Packaging packaging(DocumentKind kind, Language language) {
    return switch (kind) {
      case POSITION_PAPER -> {
        double bundled = language == Language.EN ? 0.22 : 0.5;
        if (!Draw.chance(bundled, rng)) {
          yield Packaging.SINGLE;
        }
        yield Draw.weighted(
            weights(Packaging.class, "COVER_AND_ANNEX=55 ZIP_BUNDLE=25 EMAIL_WITH_ATTACHMENT=20"),
            rng);
      }
      case EMAIL -> Draw.chance(0.1, rng) ? Packaging.EMAIL_WITH_ATTACHMENT : Packaging.SINGLE;
      default -> Packaging.SINGLE;
    };
  }

  private Format mainFormat(DocumentKind kind, Packaging packaging) {
    return switch (packaging) {
      case ZIP_BUNDLE -> Format.ZIP;
      case EMAIL_WITH_ATTACHMENT -> Format.EML;
      case COVER_AND_ANNEX ->
          Draw.weighted(weights(Format.class, "PDF=60 DOCX=25 ODT=5 PDF_SCANNED=10"), rng);
      case SINGLE -> Draw.weighted(singleFormats(kind), rng);
    };
  }

  private static Map<Format, Double> singleFormats(DocumentKind kind) {
    return switch (kind) {
      case POSITION_PAPER ->
          weights(Format.class, "PDF=70 PDF_SCANNED=2 DOCX=14 ODT=5 RTF=3 HTML=4 TXT=2");
      case QUESTIONNAIRE ->
          weights(Format.class, "HTML=25 PDF=46 DOCX=13 TXT=8 ODT=4 PDF_SCANNED=4");
      case LETTER -> weights(Format.class, "PDF=56 PDF_SCANNED=9 DOCX=14 RTF=6 ODT=5 EML=5 TXT=5");
      case EMAIL, CAMPAIGN_LETTER -> weights(Format.class, "EML=85 TXT=15");
    };
  }

  private Format annexFormat(Packaging packaging) {
    return switch (packaging) {
      case SINGLE -> Format.PDF;
      case EMAIL_WITH_ATTACHMENT -> Draw.chance(0.7, rng) ? Format.PDF : Format.DOCX;
      case COVER_AND_ANNEX, ZIP_BUNDLE ->
          Draw.weighted(weights(Format.class, "PDF=50 DOCX=38 ODT=12"), rng);
    };
  }

  private List<TopicChoice> topics(Group group, DocumentKind kind, boolean individual) {
    int n =
        switch (kind) {
          case POSITION_PAPER ->
              individual
                  ? Draw.between(2, 5, rng)
                  : Draw.weighted(
                      bigWriter(group)
                          ? counts("4=10 5=15 6=20 7=25 8=30")
                          : counts("3=10 4=20 5=22 6=20 7=15 8=13"),
                      rng);
          case QUESTIONNAIRE -> Draw.weighted(counts("2=10 3=20 4=25 5=20 6=12 7=8 8=5"), rng);
          case LETTER -> Draw.weighted(counts("1=40 2=40 3=20"), rng);
          case EMAIL, CAMPAIGN_LETTER -> Draw.weighted(counts("1=60 2=40"), rng);
        };
    Map<Topic, Double> w = new EnumMap<>(Topic.class);
    profiles.of(group).topics().forEach((t, bias) -> w.put(t, bias.weight()));
    List<TopicChoice> out = new ArrayList<>();
    for (Topic t : Draw.weightedDistinct(w, n, rng)) {
      out.add(new TopicChoice(t, profiles.drawStance(group, t, rng)));
    }
    out.sort(Comparator.comparing(TopicChoice::topic));
    return out;
  }

  /** Providers, associations and NGOs write the longest papers, on the most topics. */
  private static boolean bigWriter(Group group) {
    return group == Group.GPAI_PROVIDER
        || group == Group.INDUSTRY_ASSOCIATION
        || group == Group.CIVIL_SOCIETY;
  }

  private SubmissionPlan finish(String id, LocalDateTime at, Draft d) {
    Group group = d.respondent().group();
    List<Topic> chosen = d.topics().stream().map(TopicChoice::topic).toList();
    List<Topic> others = new ArrayList<>(List.of(Topic.values()));
    others.removeAll(chosen);
    others = Draw.shuffled(others, rng);
    int mentionCount =
        switch (d.kind()) {
          case POSITION_PAPER -> Draw.between(1, 3, rng);
          case QUESTIONNAIRE -> Draw.between(0, 2, rng);
          case CAMPAIGN_LETTER -> 0;
          default -> Draw.between(0, 1, rng);
        };
    List<Topic> mentions = new ArrayList<>(others.subList(0, mentionCount));
    List<Topic> noOpinion = new ArrayList<>();
    if (d.kind() == DocumentKind.QUESTIONNAIRE) {
      noOpinion.addAll(others.subList(mentionCount, mentionCount + Draw.between(1, 4, rng)));
      noOpinion.sort(Comparator.naturalOrder());
    }
    mentions.sort(Comparator.naturalOrder());
    double r = rng.nextDouble();
    String declared;
    if (r < 0.08) {
      declared = "";
    } else if (r < 0.15) {
      declared = wrongType(group);
    } else {
      declared = group.name();
    }
    String languageColumn = Draw.chance(0.1, rng) ? "" : d.language().code();
    boolean nested =
        d.packaging() == Packaging.COVER_AND_ANNEX ? Draw.chance(0.5, rng) : Draw.chance(0.04, rng);
    return new SubmissionPlan(
        id,
        at,
        d.respondent(),
        declared,
        languageColumn,
        d.language(),
        d.kind(),
        d.packaging(),
        d.mainFormat(),
        d.annexFormat(),
        d.annexLanguage(),
        nested,
        d.topics(),
        noOpinion,
        mentions,
        d.campaignId(),
        false,
        rng.nextLong());
  }

  /** A self-declared type that is not the true one: "Other" half the time, else any code. */
  private String wrongType(Group truth) {
    if (truth != Group.OTHER && Draw.chance(0.5, rng)) {
      return Group.OTHER.name();
    }
    List<Group> wrong = new ArrayList<>(List.of(Group.values()));
    wrong.remove(truth);
    return Draw.one(wrong, rng).name();
  }

  /**
   * Submission times: a third spread over the seven weeks, the rest in the last fortnight, as
   * consultations fill up toward the deadline.
   */
  private List<LocalDateTime> submissionTimes(int n) {
    List<LocalDateTime> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDateTime from = Draw.chance(0.35, rng) ? OPENS : LAST_FORTNIGHT;
      long days = Duration.between(from, CLOSES).toDays();
      LocalDateTime day = from.plusDays(rng.nextLong(days + 1));
      LocalDateTime t =
          day.withHour(Draw.between(7, 23, rng))
              .withMinute(rng.nextInt(60))
              .withSecond(rng.nextInt(60));
      times.add(t.isAfter(CLOSES) ? CLOSES : t);
    }
    times.sort(Comparator.naturalOrder());
    return times;
  }

  /** Largest-remainder apportionment of {@code total} over {@code shares}. */
  static <K> Map<K, Integer> apportion(Map<K, Double> shares, int total) {
    double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<K, Integer> out = new LinkedHashMap<>();
    Map<K, Double> remainder = new LinkedHashMap<>();
    int given = 0;
    for (Map.Entry<K, Double> e : shares.entrySet()) {
      double exact = sum == 0 ? 0 : e.getValue() * total / sum;
      int floor = (int) Math.floor(exact);
      out.put(e.getKey(), floor);
      remainder.put(e.getKey(), exact - floor);
      given += floor;
    }
    List<K> byRemainder = new ArrayList<>(remainder.keySet());
    byRemainder.sort((a, b) -> Double.compare(remainder.get(b), remainder.get(a)));
    for (int i = 0; given < total && !byRemainder.isEmpty(); i++, given++) {
      K k = byRemainder.get(i % byRemainder.size());
      out.merge(k, 1, Integer::sum);
    }
    return out;
  }

  /** Weights of enum constants from a spec such as {@code "PDF=70 DOCX=14"}, in spec order. */
  private static <E extends Enum<E>> Map<E, Double> weights(Class<E> type, String spec) {
    Map<E, Double> w = new LinkedHashMap<>();
    for (String pair : spec.split(" ")) {
      String[] kv = pair.split("=");
      w.put(Enum.valueOf(type, kv[0]), Double.parseDouble(kv[1]));
    }
    return w;
  }

  /** Weights of counts from a spec such as {@code "1=40 2=40 3=20"}. */
  private static Map<Integer, Double> counts(String spec) {
    Map<Integer, Double> w = new LinkedHashMap<>();
    for (String pair : spec.split(" ")) {
      String[] kv = pair.split("=");
      w.put(Integer.parseInt(kv[0]), Double.parseDouble(kv[1]));
    }
    return w;
  }
}
