package eu.chorus.passage;

import eu.chorus.extract.ExtractedFile;
import eu.chorus.extract.LanguageGuesser;
import eu.chorus.ops.ExecutorResource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Spark stage: the passages of each extracted file (none for a quarantined file). A passage long
 * enough for a reliable guess gets its own language (a French letter with an English annex), a
 * short one its file's.
 */
public final class SplitPassages implements FlatMapFunction<ExtractedFile, Passage> {

  private static final long serialVersionUID = 1L;

  private final int maxChars;
  private final boolean joinPrintedLines;
  private final int languageMinChars;
  private final ExecutorResource<LanguageGuesser> languages =
      ExecutorResource.of("language-guesser", LanguageGuesser::new);

  public SplitPassages(int maxChars, int languageMinChars) {
    this(maxChars, false, languageMinChars);
  }

  public SplitPassages(int maxChars, boolean joinPrintedLines, int languageMinChars) {
    this.maxChars = maxChars;
    this.joinPrintedLines = joinPrintedLines;
    this.languageMinChars = languageMinChars;
  }

  @Override
  public Iterator<Passage> call(ExtractedFile f) {
    List<Passage> passages =
        new PassageSplitter(maxChars, joinPrintedLines)
            .passages(
                f.file().submissionId(),
                f.file().fileIndex(),
                f.file().relativePath(),
                f.text().language(),
                f.text().pages());
    List<Passage> result = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      String guess = p.text().length() >= languageMinChars ? languages.get().guess(p.text()) : "";
      result.add(
          guess.isEmpty() || guess.equals(p.language())
              ? p
              : new Passage(p.passageId(), p.submissionId(), p.file(), p.page(), guess, p.text()));
    }
    return result.iterator();
  }
}
