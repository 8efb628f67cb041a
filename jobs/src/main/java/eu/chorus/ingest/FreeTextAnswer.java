package eu.chorus.ingest;

import java.io.Serializable;

/**
 * A respondent's answer to one free-text question: part of the submission's text, read like a paper
 * under its question.
 *
 * @param questionId {@code Q<column>}: the question's column in the export, 1-based
 * @param heading the question, shortened to a heading
 */
public record FreeTextAnswer(String submissionId, String questionId, String heading, String text)
    implements Serializable {}
