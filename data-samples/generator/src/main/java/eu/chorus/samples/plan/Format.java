package eu.chorus.samples.plan;

/** File formats of the export; {@link #extension()} is the file-name extension without a dot. */
public enum Format {
  PDF("pdf"),
  /** Image-only PDF, as produced by a scanner: needs OCR. */
  PDF_SCANNED("pdf"),
  DOCX("docx"),
  ODT("odt"),
  RTF("rtf"),
  HTML("html"),
  TXT("txt"),
  EML("eml"),
  ZIP("zip");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
