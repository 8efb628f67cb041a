package eu.chorus.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists a local folder for {@link Location#listEntries()}: every entry but folders, regular files
 * to read and everything else with the reason it is not read. Nothing is followed: a symbolic link
 * is an entry of its own, wherever it points.
 *
 * <p>A name is kept as bytes by the file system and as text by Java: a name whose bytes are not
 * UTF-8 (an archive unpacked on Windows, a Latin-1 file name) comes back from the listing with
 * U+FFFD in place of those bytes, and that text no longer names the file. Such an entry is listed
 * under its bytes, the undecodable ones written {@code %XX}, with the reason, instead of failing
 * the whole listing when it is opened later.
 */
final class LocalListing {

  static final String SYMLINK = "symbolic link, not followed";
  static final String OTHER = "not a regular file";

  private LocalListing() {}

  static List<Location.Entry> of(Path root) throws IOException {
    List<Location.Entry> entries = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            entries.add(
                entry(
                    root,
                    file,
                    attributes.isRegularFile()
                        ? ""
                        : attributes.isSymbolicLink() ? SYMLINK : OTHER + " (" + kind(file) + ")"));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            // The exception's message is the path: only its kind is kept.
            entries.add(
                entry(
                    root,
                    file,
                    "could not be examined (" + e.getClass().getSimpleName() + "): not read"));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
              entries.add(
                  entry(
                      root,
                      dir,
                      "folder could not be listed to the end ("
                          + e.getClass().getSimpleName()
                          + "): the rest of it not read"));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return entries;
  }

  /** The entry under its name as text, or under its bytes when that text does not name it. */
  private static Location.Entry entry(Path root, Path file, String problem) {
    if (file.getFileSystem().getPath(file.toString()).equals(file)) {
      return new Location.Entry(root.relativize(file).toString().replace('\\', '/'), problem);
    }
    String rootUri = root.toUri().getRawPath();
    String prefix = rootUri.endsWith("/") ? rootUri : rootUri + "/";
    String raw = file.toUri().getRawPath();
    raw = raw.startsWith(prefix) ? raw.substring(prefix.length()) : raw;
    raw = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    String reason =
        decodes(raw)
            ? "name cannot be represented in this JVM's file name encoding (sun.jnu.encoding="
                + System.getProperty("sun.jnu.encoding")
                + "; run with a UTF-8 locale): not read"
            : "name is not valid UTF-8 (its undecodable bytes shown as %XX): not read";
    return new Location.Entry(readable(raw), problem.isEmpty() ? reason : problem + "; " + reason);
  }

  private static boolean decodes(String raw) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes(raw)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * A raw URI path (ASCII, other bytes {@code %XX}) as text: valid UTF-8 sequences decoded, every
   * other byte kept as {@code %XX}.
   */
  static String readable(String raw) {
    byte[] b = bytes(raw);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < b.length) {
      int length = sequenceLength(b, i);
      if (length == 0) {
        out.append(String.format(Locale.ROOT, "%%%02X", b[i] & 0xff));
        i++;
      } else {
        out.append(new String(b, i, length, StandardCharsets.UTF_8));
        i += length;
      }
    }
    return out.toString();
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}, or 0. */
  private static int sequenceLength(byte[] b, int i) {
    int lead = b[i] & 0xff;
    int length =
        lead < 0x80
            ? 1
            : lead >= 0xc2 && lead <= 0xdf
                ? 2
                : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length == 0 || i + length > b.length) {
      return 0;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, i, length));
      return length;
    } catch (CharacterCodingException e) {
      return 0;
    }
  }

  /** The bytes a raw URI path stands for. */
  private static byte[] bytes(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** What a non-regular, non-link entry is, from its Unix mode where the file system tells it. */
  private static String kind(Path file) {
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      switch (mode & 0170000) {
        case 0010000:
          return "FIFO";
        case 0140000:
          return "socket";
        case 0020000:
          return "character device";
        case 0060000:
          return "block device";
        default:
          return "special file";
      }
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | ClassCastException e) {
      return "special file";
    }
  }
}
