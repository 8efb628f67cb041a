package eu.chorus.samples.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Liberation TrueType fonts shipped in {@code openpdf-fonts-extra}. Using bundled fonts, never
 * the machine's, keeps PDFs and scans identical from one machine to the next.
 */
final class Fonts {

  /** A typeface family: sans for most documents, serif for some letters and papers. */
  enum Family {
    SANS("LiberationSans"),
    SERIF("LiberationSerif");

    private final String file;

    Family(String file) {
      this.file = file;
    }
  }

  private static final ConcurrentHashMap<String, byte[]> BYTES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Font> AWT = new ConcurrentHashMap<>();

  private Fonts() {}

  static byte[] ttf(Family family, boolean bold) {
    String resource = "/liberation/" + family.file + (bold ? "-Bold" : "-Regular") + ".ttf";
    return BYTES.computeIfAbsent(resource, Fonts::read);
  }

  /** A Java2D font of 1 pt; callers derive the size they need. */
  static Font awt(Family family, boolean bold) {
    String key = family + (bold ? "-bold" : "-regular");
    return AWT.computeIfAbsent(
        key,
        k -> {
          try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf(family, bold)));
          } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font is unreadable: " + k, e);
          }
        });
  }

  private static byte[] read(String resource) {
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "font " + resource + " not on the class path (dependency openpdf-fonts-extra)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource, e);
    }
  }
}
