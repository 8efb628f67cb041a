package eu.chorus.samples.render;

/** Escaping for the XML and HTML the writers produce by hand. */
final class Xml {

  private Xml() {}

  /** Escapes markup characters and drops code points XML 1.0 forbids. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                  if (cp == 0x9
                      || cp == 0xA
                      || cp == 0xD
                      || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)) {
                    b.appendCodePoint(cp);
                  }
                }
              }
            });
    return b.toString();
  }
}
