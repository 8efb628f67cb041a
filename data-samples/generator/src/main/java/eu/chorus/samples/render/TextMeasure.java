package eu.chorus.samples.render;

/** Font metrics of one paged writer, so that PDF and scan share one layout. */
interface TextMeasure {

  /** Width of {@code text} in points, once {@link #prepare}d. */
  float width(String text, Style style);

  /** Replaces characters the writer's fonts cannot show; identity when all can be shown. */
  String prepare(String text, Style style);
}
