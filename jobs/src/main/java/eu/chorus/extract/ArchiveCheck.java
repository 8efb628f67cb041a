package eu.chorus.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks inside a ZIP container (ZIP, and the office formats built on it) before it is parsed:
 * decompresses it, nested archives included, counting bytes without keeping them, and stops once
 * the total passes the limit (a zip bomb); notes entries whose names would land outside the
 * archive's folder ({@code ../}, absolute paths), which the parse then skips.
 */
final class ArchiveCheck {

  /** What the check found; a bomb is not parsed at all. */
  record Verdict(boolean bomb, boolean unsafeEntries) {}

  private static final int MAX_DEPTH = 8;
  private static final Pattern UNSAFE_NAME =
      Pattern.compile("(^|.*[/\\\\])\\.\\.([/\\\\].*|$)|^[/\\\\].*|^[A-Za-z]:.*");

  private final long limit;
  private long unpacked;
  private boolean unsafe;

  private ArchiveCheck(long limit) {
    this.limit = limit;
  }

  static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  /** True when an entry name would resolve outside the folder the archive is unpacked into. */
  static boolean unsafeName(String name) {
    return name != null && UNSAFE_NAME.matcher(name).matches();
  }

  static Verdict check(Path file, long maxUnpackedBytes) throws IOException {
    ArchiveCheck c = new ArchiveCheck(maxUnpackedBytes);
    try (InputStream in = Files.newInputStream(file)) {
      boolean bomb = !c.walk(in, 0);
      return new Verdict(bomb, c.unsafe);
    }
  }

  /** @return false as soon as the limit is passed */
  private boolean walk(InputStream raw, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      return false;
    }
    ZipInputStream zip = new ZipInputStream(raw);
    byte[] buffer = new byte[64 * 1024];
    ZipEntry entry;
    try {
      entry = zip.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      return true; // damaged archives are the parser's business
    }
    while (entry != null) {
      unsafe |= unsafeName(entry.getName());
      boolean nested = entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
      ByteArrayOutputStream kept = nested ? new ByteArrayOutputStream() : null;
      try {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > limit) {
            return false;
          }
          if (kept != null) {
            kept.write(buffer, 0, n);
          }
        }
        if (kept != null && !walk(new java.io.ByteArrayInputStream(kept.toByteArray()), depth + 1)) {
          return false;
        }
        entry = zip.getNextEntry();
      } catch (IOException | IllegalArgumentException e) {
        return true;
      }
    }
    return true;
  }
}
