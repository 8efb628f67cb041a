package eu.chorus.extract;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveException;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.ArchiveStreamFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * Looks inside a container before it is parsed, as Tika will read it: archives (ZIP and the office
 * formats built on it, TAR, AR, CPIO...) and compressed streams (gzip, bzip2, xz...), recognised by
 * their first bytes whatever their names, at every level down to {@link #MAX_LEVELS}. It
 * decompresses everything, counting bytes without keeping them, and stops at the first sign of a
 * zip bomb: more than the limit of unpacked bytes, more than {@link #MAX_ENTRIES} entries, or
 * (beyond {@link #RATIO_FLOOR} bytes) more than {@link #MAX_RATIO} times the file's size. It also
 * notes entries whose names would land outside the archive's folder ({@code ../}, absolute paths),
 * which the parse then skips. Containers nested deeper than {@link #MAX_LEVELS} are neither counted
 * nor parsed ({@link SafeEmbeddedExtractor} stops at the same depth). 7z archives, which cannot be
 * read as a stream, count as their packed size.
 */
final class ArchiveCheck {

  /**
   * What the check found: why the file is a zip bomb ("" when it is not), and unsafe entry names.
   */
  record Verdict(String bomb, boolean unsafeEntries) {
    boolean isBomb() {
      return !bomb.isEmpty();
    }
  }

  /**
   * Entries of containers inside containers are read down to this level (the file's own entries are
   * level 1); below Tika's own limit of 10 nested entries, which it reports as a zip bomb.
   */
  static final int MAX_LEVELS = 8;

  /** More entries than this, nested ones included, make a bomb: each would be parsed. */
  static final int MAX_ENTRIES = 10_000;

  /** Unpacked bytes per byte of the file beyond which a file is a bomb, once past the floor. */
  static final int MAX_RATIO = 1000;

  static final long RATIO_FLOOR = 16L * 1024 * 1024;

  private static final Pattern UNSAFE_NAME =
      Pattern.compile("(^|.*[/\\\\])\\.\\.([/\\\\].*|$)|^[/\\\\].*|^[A-Za-z]:.*");

  /** Detection reads at most this much of a stream before resetting it (TAR headers, dump). */
  private static final int MARK = 64 * 1024;

  /** xz and LZMA headers may ask for huge dictionaries; beyond this they are not decompressed. */
  private static final int DECOMPRESSOR_MEMORY_KB = 64 * 1024;

  private final long limit;
  private final long fileSize;
  private final CompressorStreamFactory compressors =
      new CompressorStreamFactory(false, DECOMPRESSOR_MEMORY_KB);
  private long unpacked;
  private int entries;
  private boolean unsafe;
  private String bomb = "";

  private ArchiveCheck(long limit, long fileSize) {
    this.limit = limit;
    this.fileSize = fileSize;
  }

  /** True when an entry name would resolve outside the folder the archive is unpacked into. */
  static boolean unsafeName(String name) {
    return name != null && UNSAFE_NAME.matcher(name).matches();
  }

  static Verdict check(Path file, long maxUnpackedBytes) throws IOException {
    ArchiveCheck c = new ArchiveCheck(maxUnpackedBytes, Files.size(file));
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      try {
        c.open(in, 0);
      } catch (IOException | RuntimeException e) {
        // a bomb (its reason is kept), or a damaged archive, which is the parser's business
      }
    }
    return new Verdict(c.bomb, c.unsafe);
  }

  /**
   * Reads the entries of {@code in} if it is an archive or a compressed stream, and nothing
   * otherwise. {@code level} is the container's own level (the file is 0).
   */
  private void open(InputStream in, int level) throws IOException {
    String archive = detect(in, ArchiveStreamFactory::detect);
    if (archive != null) {
      ArchiveInputStream<?> archiveEntries;
      try {
        archiveEntries =
            archive.equals(ArchiveStreamFactory.ZIP)
                ? new ZipArchiveInputStream(in, "UTF-8", true, true)
                : ArchiveStreamFactory.DEFAULT.createArchiveInputStream(archive, in);
      } catch (ArchiveException e) {
        return; // 7z and other formats that cannot be streamed
      }
      for (ArchiveEntry entry = archiveEntries.getNextEntry();
          entry != null;
          entry = archiveEntries.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new Bomb(
              this,
              "archive holds more than "
                  + String.format(Locale.ROOT, "%,d", MAX_ENTRIES)
                  + " files, those of archives inside it included (zip bomb): not opened");
        }
        unsafe |= unsafeName(entry.getName());
        if (archiveEntries.canReadEntryData(entry)) {
          content(archiveEntries, level + 1);
        }
      }
      return;
    }
    String compressor = detect(in, CompressorStreamFactory::detect);
    if (compressor != null) {
      InputStream decompressed;
      try {
        decompressed = compressors.createCompressorInputStream(compressor, in);
      } catch (CompressorException e) {
        return;
      }
      content(decompressed, level + 1);
    }
  }

  /** Counts the bytes of an entry at {@code level}, opening it if it is itself a container. */
  private void content(InputStream entry, int level) throws IOException {
    InputStream counted = new BufferedInputStream(new Counting(entry));
    counted.mark(1);
    if (counted.read() < 0) {
      return;
    }
    counted.reset();
    if (level < MAX_LEVELS) {
      try {
        open(counted, level);
      } catch (IOException | RuntimeException e) {
        stopIfBomb(); // a damaged inner container: its remaining bytes are still counted below
      }
    }
    try {
      counted.transferTo(OutputStream.nullOutputStream());
    } catch (IOException | RuntimeException e) {
      stopIfBomb();
    }
  }

  /** Passes a bomb on that a decompressor on the way took for damage. */
  private void stopIfBomb() {
    if (!bomb.isEmpty()) {
      throw new Bomb(this, bomb);
    }
  }

  /** The format {@code in} starts with, or null; {@code in} is left where it was. */
  private static String detect(InputStream in, Detector detector) {
    in.mark(MARK);
    try {
      return detector.detect(in);
    } catch (Exception e) {
      return null;
    } finally {
      reset(in);
    }
  }

  /** {@link ArchiveStreamFactory#detect} or {@link CompressorStreamFactory#detect}. */
  @FunctionalInterface
  private interface Detector {
    String detect(InputStream in) throws Exception;
  }

  private static void reset(InputStream in) {
    try {
      in.reset();
    } catch (IOException e) {
      throw new IllegalStateException("stream could not be reset after detection", e);
    }
  }

  private void counted(int n) {
    unpacked += n;
    if (unpacked > limit) {
      throw new Bomb(
          this,
          "compressed data expands beyond the limit of "
              + limit / (1024 * 1024)
              + " MB (zip bomb): not opened");
    }
    if (unpacked > RATIO_FLOOR && unpacked / MAX_RATIO > fileSize) {
      throw new Bomb(
          this,
          String.format(
              Locale.ROOT,
              "compressed data expands more than %,d-fold, from %,d bytes to over %d MB (zip bomb): not opened",
              MAX_RATIO,
              fileSize,
              RATIO_FLOOR / (1024 * 1024)));
    }
  }

  /** Stops the check; unchecked so that no decompressor on the way up can take it for damage. */
  private static final class Bomb extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bomb(ArchiveCheck check, String why) {
      super(why, null, false, false);
      check.bomb = why;
    }
  }

  /** Adds what is read through it to the unpacked total. */
  private final class Counting extends FilterInputStream {
    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public void close() {
      // the enclosing archive stream stays open for its next entry
    }
  }
}
