package eu.chorus.samples.render;

/** Text styles of the paged formats (PDF and scans), in points. */
enum Style {
  TITLE(16f, true),
  H1(13f, true),
  H2(11.5f, true),
  BODY(10.5f, false),
  BOLD(10.5f, true),
  SMALL(8f, false),
  TABLE(9f, false),
  TABLE_HEAD(9f, true),
  FOOTER(8.5f, false);

  final float size;
  final boolean bold;

  Style(float size, boolean bold) {
    this.size = size;
    this.bold = bold;
  }

  float leading() {
    return size * 1.32f;
  }
}
