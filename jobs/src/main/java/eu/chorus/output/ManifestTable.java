package eu.chorus.output;

import eu.chorus.extract.ManifestEntry;
import eu.chorus.ops.RunFolder;
import java.util.List;

/** {@code manifest.csv}: one row per input file, whatever became of it. */
public final class ManifestTable {

  /** Columns of manifest.csv, in order. */
  public enum Column {
    file,
    submission_id,
    sha256,
    bytes,
    media_type,
    status,
    reason,
    pages,
    chars,
    ocr,
    language
  }

  public static final CsvTable<Column, ManifestEntry> TABLE =
      CsvTable.of(
          RunFolder.MANIFEST,
          Column.class,
          e ->
              List.of(
                  e.file(),
                  e.submissionId(),
                  e.sha256(),
                  e.bytes(),
                  e.mediaType(),
                  e.status(),
                  e.reason(),
                  e.pages(),
                  e.chars(),
                  e.ocr(),
                  e.language()));

  private ManifestTable() {}
}
