package eu.chorus.passage;

import eu.chorus.extract.ExtractedFile;
import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;

/** Spark stage: the passages of each extracted file (none for a quarantined file). */
public final class SplitPassages implements FlatMapFunction<ExtractedFile, Passage> {

  private static final long serialVersionUID = 1L;

  private final int maxChars;

  public SplitPassages(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public Iterator<Passage> call(ExtractedFile f) {
    return new PassageSplitter(maxChars)
        .passages(
            f.file().submissionId(),
            f.file().fileIndex(),
            f.file().relativePath(),
            f.text().language(),
            f.text().pages())
        .iterator();
  }
}
