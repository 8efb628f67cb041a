package eu.chorus.classify;

import eu.chorus.ingest.OrganisationFacts;
import eu.chorus.ingest.Submission;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features of the three models, computed from evidence only (counts and cues, never words of
 * the text itself), so that what the models learn carries over to submissions phrased unlike the
 * training sample.
 */
public final class Features {

  private Features() {}

  /**
   * The prefix of the features that name one of the consultation's measures (its prior, how its
   * evidence reads on it): another consultation's models have no use for them.
   */
  public static final String MEASURE = "topic=";

  /** Whether a feature names one of the consultation's measures ({@link #MEASURE}). */
  public static boolean namesMeasure(String feature) {
    return feature.startsWith(MEASURE);
  }

  /** Does a submission address a topic, beyond a passing mention? */
  public static Map<String, Double> topic(TopicEvidence t, SubmissionEvidence s) {
    Map<String, Double> f = new TreeMap<>();
    f.put("log_hits", Math.log1p(t.hits()));
    f.put("log_passages", Math.log1p(t.passages()));
    f.put("log_max_hits", Math.log1p(t.maxHits()));
    f.put("one_hit", t.hits() == 1 ? 1.0 : 0.0);
    f.put("heading", t.headingHits() > 0 ? 1.0 : 0.0);
    f.put("passage_share", s.passages() == 0 ? 0.0 : (double) t.passages() / s.passages());
    f.put(
        "hits_per_1000_words",
        s.words() == 0 ? 0.0 : Math.min(20.0, 1000.0 * t.hits() / s.words()));
    double cues = t.stanceCues().values().stream().mapToDouble(Double::doubleValue).sum();
    f.put("log_stance_cues", Math.log1p(cues));
    // Codebook terms differ in how specific they are ("whistleblower" vs "security"): the model
    // learns, per topic, how much evidence it takes.
    f.put(MEASURE + t.topic(), 1.0);
    f.put(MEASURE + t.topic() + ":log_max_hits", Math.log1p(t.maxHits()));
    return f;
  }

  /**
   * Which stance do a topic's sentences take? Counts of evidence sentences by the cues they carry
   * ({@link SummariseSubmission#STANCE_EVIDENCE}), as logarithms and as shares of the evidence.
   */
  public static Map<String, Double> stance(TopicEvidence t, SubmissionEvidence s) {
    Map<String, Double> f = stance(t);
    // How the respondent leans on the consultation's other measures: one who asks for rules on
    // most of them is likely to on this one too, and the model learns per topic how that lean
    // reads (for a measure that is itself a restriction, the other way).
    double pro = 0;
    double con = 0;
    for (TopicEvidence other : s.topics()) {
      if (!other.topic().equals(t.topic())) {
        pro += other.stanceEvidence().getOrDefault("pro", 0.0);
        con += other.stanceEvidence().getOrDefault("con", 0.0);
      }
    }
    double lean = signedLog(pro - con);
    f.put("others_lean", lean);
    f.put(MEASURE + t.topic() + ":others_lean", lean);
    return f;
  }

  /** A balance on a log scale that keeps its sign: how far one side outweighs the other. */
  private static double signedLog(double balance) {
    return Math.signum(balance) * Math.log1p(Math.abs(balance));
  }

  /** The stance features of one topic's evidence alone. */
  static Map<String, Double> stance(TopicEvidence t) {
    Map<String, Double> e = t.stanceEvidence();
    double sentences = e.getOrDefault("sentences", 0.0);
    double pro = e.getOrDefault("pro", 0.0);
    double con = e.getOrDefault("con", 0.0);
    double mixed = e.getOrDefault("mixed", 0.0);
    Map<String, Double> f = new TreeMap<>();
    e.forEach(
        (k, v) -> {
          if (!k.startsWith("own_")
              && !k.equals("pro")
              && !k.equals("con")
              && !POLAR_CUES.contains(k)) {
            f.put("log_" + k, Math.log1p(v));
          }
        });
    // Support and opposition cues as read once negation and reversal are resolved, so that "we
    // oppose any weakening" weighs as support does, whichever cue words carried it.
    f.put("log_cue:pro", Math.log1p(StanceCues.pro(cues(e))));
    f.put("log_cue:con", Math.log1p(StanceCues.con(cues(e))));
    double inSections = e.getOrDefault("section:sentences", 0.0);
    for (String k : SummariseSubmission.STANCE_EVIDENCE) {
      f.put("share_" + k, sentences == 0 ? 0.0 : e.getOrDefault(k, 0.0) / sentences);
      f.put(
          "section_share_" + k,
          inSections == 0 ? 0.0 : e.getOrDefault("section:" + k, 0.0) / inSections);
    }
    f.put("no_section", inSections == 0 ? 1.0 : 0.0);
    f.put("pro_minus_con", signedLog(pro - con));
    f.put("pro_and_con", pro > 0 && con > 0 ? 1.0 : 0.0);
    f.put("no_cue", pro + con + mixed == 0 ? 1.0 : 0.0);
    // Evidence that leans one way only, however short, is the clearest case.
    f.put("only_pro", pro > 0 && con + mixed == 0 ? 1.0 : 0.0);
    f.put("only_con", con > 0 && pro + mixed == 0 ? 1.0 : 0.0);
    f.put("con_share", pro + con == 0 ? 0.0 : con / (pro + con));
    f.put("mixed_share", pro + con + mixed == 0 ? 0.0 : mixed / (pro + con + mixed));
    // The same balance over the sentences in the respondent's own voice or asking for something,
    // where a cue is most likely the respondent's position rather than a description.
    double ownPro = e.getOrDefault("own_pro", 0.0);
    double ownCon = e.getOrDefault("own_con", 0.0);
    double ownMixed = e.getOrDefault("own_mixed", 0.0);
    f.put("own_pro_minus_con", signedLog(ownPro - ownCon));
    f.put("own_mixed", Math.log1p(ownMixed));
    // What the measure is: each topic's own prior and how its evidence's lean reads on it (a
    // measure that is itself a restriction, such as limiting rules to high-risk uses, is supported
    // by words that oppose regulation). Learned per consultation, on its fit part.
    f.put(MEASURE + t.topic(), 1.0);
    f.put(MEASURE + t.topic() + ":lean", signedLog(pro - con));
    return f;
  }

  private static final java.util.Set<String> POLAR_CUES =
      java.util.Set.of(
          "cue:" + StanceCues.SUPPORT,
          "cue:" + StanceCues.OPPOSE,
          "cue:" + StanceCues.SUPPORT_NEGATED,
          "cue:" + StanceCues.OPPOSE_NEGATED,
          "cue:" + StanceCues.SUPPORT_REVERSED,
          "cue:" + StanceCues.OPPOSE_REVERSED);

  /** The summed cue counts of the evidence ({@code cue:<name>} keys), by cue name. */
  private static Map<String, Double> cues(Map<String, Double> evidence) {
    Map<String, Double> c = new TreeMap<>();
    evidence.forEach(
        (k, v) -> {
          if (k.startsWith("cue:")) {
            c.put(k.substring(4), v);
          }
        });
    return c;
  }

  /**
   * Which stakeholder group does the respondent belong to? The one computation of the group model's
   * features, for fitting and scoring alike: the text's self-descriptions, the organisation name's
   * cues, words, kinds of body ({@code form:}) and shape, and what the platform records about the
   * organisation (never the declared type).
   */
  public static Map<String, Double> group(
      SubmissionEvidence s, GroupCues cues, Submission submission) {
    String organisation = submission.organisation();
    Map<String, Double> f =
        group(s, cues.organisationName(organisation), organisation, submission.facts());
    cues.organisationForms(organisation).forEach((kind, n) -> f.put("form:" + kind, n));
    f.putAll(nameShape(organisation));
    return f;
  }

  private static final java.util.regex.Pattern CAPITALS =
      java.util.regex.Pattern.compile("\\b\\p{Lu}{2,8}\\b");
  private static final java.util.regex.Pattern WEB =
      java.util.regex.Pattern.compile("(?i)\\bwww\\.|\\.(eu|com|org|net|io|ai)\\b");

  /**
   * How the name is written, whatever its words: a spelled-out name with its acronym in parentheses
   * ("European Digital Rights (EDRi)") is how federations and NGOs sign; an acronym in capitals; a
   * web address as the name; and the name's length in words.
   */
  static Map<String, Double> nameShape(String organisation) {
    Map<String, Double> f = new TreeMap<>();
    if (organisation == null || organisation.isBlank()) {
      return f;
    }
    f.put("shape:parenthesis", organisation.contains("(") ? 1.0 : 0.0);
    f.put("shape:capitals", CAPITALS.matcher(organisation).find() ? 1.0 : 0.0);
    f.put("shape:web", WEB.matcher(organisation).find() ? 1.0 : 0.0);
    f.put("shape:log_words", Math.log1p(organisationWords(organisation).size()));
    return f;
  }

  /**
   * The text's self-descriptions, the organisation name's cues and words, and the platform's facts.
   */
  private static Map<String, Double> group(
      SubmissionEvidence s,
      Map<String, Double> nameCues,
      String organisation,
      OrganisationFacts facts) {
    Map<String, Double> f = group(s, nameCues);
    for (String word : organisationWords(organisation)) {
      f.put("word:" + word, 1.0);
    }
    f.put("no_organisation", organisation == null || organisation.isBlank() ? 1.0 : 0.0);
    f.put("register", facts.transparencyRegister().isBlank() ? 0.0 : 1.0);
    if (!facts.size().isBlank()) {
      f.put("size:" + firstWord(facts.size()), 1.0);
    }
    if (!facts.scope().isBlank()) {
      // A platform that asks the scope of public authorities only: that it was given at all says
      // more than which scope, whose values each few respondents share.
      f.put("scope:any", 1.0);
      f.put("scope:" + firstWord(facts.scope()), 1.0);
    }
    return f;
  }

  /**
   * The organisation name's words, lower case, letters only, 2 characters or more (acronyms
   * included).
   */
  public static java.util.Set<String> organisationWords(String organisation) {
    java.util.Set<String> words = new java.util.TreeSet<>();
    if (organisation != null) {
      for (String w : organisation.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 2) {
          words.add(w);
        }
      }
    }
    return words;
  }

  private static String firstWord(String value) {
    return value.trim().split("[^\\p{L}]+")[0].toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The text's and the name's cues alone (the features of models fitted before the platform's facts
   * were read).
   */
  public static Map<String, Double> group(SubmissionEvidence s, Map<String, Double> nameCues) {
    Map<String, Double> f = new TreeMap<>();
    s.groupCues().forEach((k, v) -> f.put(k, Math.log1p(v)));
    nameCues.forEach((g, v) -> f.put("name:" + g, v));
    f.put("no_name", nameCues.isEmpty() ? 1.0 : 0.0);
    f.put("log_org_mentions", Math.log1p(s.organisations().size()));
    f.put("log_words", Math.log1p(s.words()) / 10);
    return f;
  }
}
