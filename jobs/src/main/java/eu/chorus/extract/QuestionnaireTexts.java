package eu.chorus.extract;

import eu.chorus.ingest.Export;
import eu.chorus.ingest.FreeTextAnswer;
import eu.chorus.ingest.InputFile;
import eu.chorus.ingest.Submission;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The free-text answers of each respondent as one more text of their submission: every answer a
 * paragraph under its question as a heading, so that topics, stance, positions and quotes read them
 * as they read a paper. Nothing is extracted: the text is the export's own.
 *
 * <p>Each is named {@code questionnaire#<submission id>} in the manifest and the passages, and
 * numbered file 0 of its submission, so its passages are {@code <submission>:0:<n>}.
 */
public final class QuestionnaireTexts {

  /** The file name of a respondent's questionnaire answers, before {@code #<submission id>}. */
  public static final String NAME = "questionnaire";

  /** The media type recorded for questionnaire answers in the manifest. */
  public static final String MEDIA_TYPE = "text/x-questionnaire-answers";

  private QuestionnaireTexts() {}

  /** Whether a file of the manifest or the passages is a respondent's questionnaire answers. */
  public static boolean isQuestionnaire(String file) {
    return file.startsWith(NAME + "#");
  }

  /**
   * Whether a passage of questionnaire answers is a question: every question is written as a
   * heading ending with ':' ({@link FreeTextAnswer#heading}), and the answer's passages follow it.
   */
  public static boolean isQuestion(String passageText) {
    return passageText.strip().endsWith(":");
  }

  /** One text per submission with free-text answers, in submission order. */
  public static List<ExtractedFile> of(Export export) {
    Map<String, List<FreeTextAnswer>> bySubmission = new LinkedHashMap<>();
    export
        .freeText()
        .forEach(
            a -> bySubmission.computeIfAbsent(a.submissionId(), k -> new ArrayList<>()).add(a));
    Map<String, Submission> submissions =
        export.submissions().stream()
            .collect(Collectors.toMap(Submission::id, Function.identity()));
    List<ExtractedFile> texts = new ArrayList<>();
    for (Map.Entry<String, List<FreeTextAnswer>> e : bySubmission.entrySet()) {
      StringBuilder text = new StringBuilder();
      for (FreeTextAnswer a : e.getValue()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        // A blank line inside an answer would split it where the respondent did; other line
        // breaks are kept as they are.
        text.append(a.heading()).append("\n\n").append(a.text().strip());
      }
      String body = text.toString();
      Submission s = submissions.get(e.getKey());
      String language = s == null ? "" : s.language();
      InputFile file =
          new InputFile(
              "",
              NAME + "#" + e.getKey(),
              e.getKey(),
              0,
              body.getBytes(StandardCharsets.UTF_8).length,
              true,
              "");
      texts.add(
          new ExtractedFile(
              file,
              sha256(body),
              new ExtractedText(
                  FileStatus.OK,
                  "",
                  MEDIA_TYPE,
                  "questionnaire",
                  language,
                  List.of(body),
                  false,
                  false)));
    }
    return texts;
  }

  private static String sha256(String text) {
    try {
      return ContentHash.sha256(
          new ByteArrayInputStream(("questionnaire\n" + text).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
