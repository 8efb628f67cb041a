package eu.chorus.train;

import eu.chorus.classify.LinearModel;
import java.util.List;
import java.util.Map;

/**
 * A model fitted on a consultation's fit part, with what was measured while choosing it (on the fit
 * part only): the penalty chosen by cross-validation, the examples, the support per class, and the
 * header written above the model's weights.
 */
public record FittedModel(
    LinearModel model,
    LogisticRegressionFit.PenaltyChoice penalty,
    int examples,
    Map<String, Integer> support,
    List<String> header) {}
