package eu.chorus.ingest;

import java.io.Serializable;

/**
 * A respondent's answer to one closed question of the questionnaire (a single choice, a Likert
 * scale): data, not text to read.
 *
 * @param questionId {@code Q<column>}: the question's column in the export, 1-based
 * @param question the question as the export's header gives it
 */
public record Answer(String submissionId, String questionId, String question, String answer)
    implements Serializable {}
