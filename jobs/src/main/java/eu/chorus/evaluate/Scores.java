package eu.chorus.evaluate;

import java.util.Map;

/** Result types of an evaluation; a metric with nothing to measure is null, never a made-up 0. */
public final class Scores {

  private Scores() {}

  /** Precision, recall and F1 of one label or of a set of pairs. */
  public record PRF(
      Double precision, Double recall, Double f1, long truePositives, long predicted, long gold) {

    public static PRF of(long tp, long predicted, long gold) {
      Double p = predicted == 0 ? null : (double) tp / predicted;
      Double r = gold == 0 ? null : (double) tp / gold;
      Double f = p == null || r == null ? null : p + r == 0 ? 0.0 : 2 * p * r / (p + r);
      return new PRF(p, r, f, tp, predicted, gold);
    }
  }

  /** Accuracy over {@code n} items, with per-label scores and the macro-averaged F1. */
  public record Classification(
      Double accuracy, long n, Double macroF1, Map<String, PRF> perLabel) {}

  /** Every figure {@code chorus evaluate} reports. */
  public record Evaluation(
      String split,
      long submissions,
      Classification stakeholderGroup,
      PRF topicsMicro,
      Map<String, PRF> topicsPerTopic,
      Classification stance,
      PRF campaignPairs) {}

  /**
   * A blind run scored against what the respondents of a portal export declared themselves: their
   * respondent type, and the answers they ticked on the questions that are positions on a topic.
   *
   * @param group over respondents with a declared type; a respondent the run lacks counts as wrong
   * @param groupConfusion declared group → predicted group → respondents
   * @param stance over the (respondent, topic) pairs ticked and found addressed in the text
   * @param stancePerTopic the same, topic by topic
   * @param coverage ticked pairs found in the text: recall is the share found
   * @param coverageWithPaper the same, for respondents who sent a paper
   * @param quotes the run's quotes of respondents on the topics they ticked: how many sit in the
   *     cell of the stance they ticked
   */
  public record DeclaredEvaluation(
      String split,
      long respondents,
      long respondentsWithPaper,
      Classification group,
      Map<String, Map<String, Long>> groupConfusion,
      Classification stance,
      Map<String, Classification> stancePerTopic,
      PRF coverage,
      PRF coverageWithPaper,
      QuoteAgreement quotes) {}

  /**
   * Quotes (quotes.csv) of respondents who ticked an answer, on a topic they ticked it for.
   *
   * @param inTickedCell those quoted under the stance the respondent ticked
   * @param share inTickedCell ÷ quotes (null without such quotes)
   * @param tickedToQuoted ticked stance → quoted stance → quotes
   */
  public record QuoteAgreement(
      long quotes,
      long inTickedCell,
      Double share,
      Map<String, Map<String, Long>> tickedToQuoted) {}
}
