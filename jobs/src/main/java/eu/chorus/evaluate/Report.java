package eu.chorus.evaluate;

import eu.chorus.evaluate.Scores.Classification;
import eu.chorus.evaluate.Scores.DeclaredEvaluation;
import eu.chorus.evaluate.Scores.Evaluation;
import eu.chorus.evaluate.Scores.PRF;
import java.util.Locale;
import java.util.Map;

/** The console text of an evaluation: the headline figures, then per-label detail. */
public final class Report {

  private Report() {}

  public static String text(Evaluation e) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT, "Evaluation on %s (%d submissions)%n", e.split(), e.submissions()));
    accuracy(s, "stakeholder group", e.stakeholderGroup(), "n=" + e.stakeholderGroup().n());
    pairs(s, "topics (micro)", e.topicsMicro());
    accuracy(s, "stance", e.stance(), "pairs both found " + e.stance().n());
    pairs(s, "campaign pairs", e.campaignPairs());
    section(s, "stakeholder group per group", e.stakeholderGroup());
    s.append("  topics per topic:\n");
    table(s, e.topicsPerTopic());
    section(s, "stance per stance", e.stance());
    return s.toString();
  }

  /** The console text of a blind run scored against the respondents' declarations. */
  public static String text(DeclaredEvaluation e) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Blind run against declarations, split %s (%d respondents, %d with a paper)%n",
            e.split(),
            e.respondents(),
            e.respondentsWithPaper()));
    accuracy(s, "stakeholder group", e.group(), "declared " + e.group().n());
    accuracy(s, "stance", e.stance(), "ticked pairs found " + e.stance().n());
    s.append(
        String.format(
            Locale.ROOT,
            "  coverage           %s of %d ticked pairs found; respondents with a paper %s of %d%n",
            f(e.coverage().recall()),
            e.coverage().gold(),
            f(e.coverageWithPaper().recall()),
            e.coverageWithPaper().gold()));
    s.append(
        String.format(
            Locale.ROOT,
            "  quotes             %s in the cell of the stance ticked (%d of %d quotes on a ticked topic)%n",
            f(e.quotes().share()),
            e.quotes().inTickedCell(),
            e.quotes().quotes()));
    s.append("  quotes, ticked -> quoted under: ").append(e.quotes().tickedToQuoted()).append('\n');
    section(s, "stakeholder group per group", e.group());
    s.append("  group confusions (declared -> read: respondents):\n");
    e.groupConfusion()
        .forEach(
            (declared, read) ->
                s.append("    ").append(declared).append(" -> ").append(read).append('\n'));
    section(s, "stance per stance", e.stance());
    s.append("  stance per topic:\n");
    e.stancePerTopic()
        .forEach(
            (topic, c) ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        "    %-30s accuracy %s  macro-F1 %s  (pairs %d)%n",
                        topic,
                        f(c.accuracy()),
                        f(c.macroF1()),
                        c.n())));
    return s.toString();
  }

  /** A headline line of a classification: {@code " stance accuracy … macro-F1 … (…)"}. */
  private static void accuracy(StringBuilder s, String name, Classification c, String count) {
    s.append(
        String.format(
            Locale.ROOT,
            "  %-18s accuracy %s  macro-F1 %s  (%s)%n",
            name,
            f(c.accuracy()),
            f(c.macroF1()),
            count));
  }

  /** A headline line of pairs found against gold pairs: precision, recall, F1 and both counts. */
  private static void pairs(StringBuilder s, String name, PRF p) {
    s.append(
        String.format(
            Locale.ROOT,
            "  %-18s P %s  R %s  F1 %s  (gold pairs %d, predicted %d)%n",
            name,
            f(p.precision()),
            f(p.recall()),
            f(p.f1()),
            p.gold(),
            p.predicted()));
  }

  private static void section(StringBuilder s, String title, Classification c) {
    s.append("  ").append(title).append(":\n");
    table(s, c.perLabel());
  }

  private static void table(StringBuilder s, Map<String, PRF> rows) {
    rows.forEach(
        (label, p) ->
            s.append(
                String.format(
                    Locale.ROOT,
                    "    %-26s P %s  R %s  F1 %s  gold %d%n",
                    label,
                    f(p.precision()),
                    f(p.recall()),
                    f(p.f1()),
                    p.gold())));
  }

  private static String f(Double v) {
    return v == null ? "  n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
