package eu.chorus.samples.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes ZIP archives whose bytes depend only on their content: every entry gets the same given
 * time, set as a local date-time so that the machine's time zone does not leak into the DOS
 * timestamp, and no extra fields.
 */
final class DeterministicZip {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes);
  private final LocalDateTime time;

  DeterministicZip(LocalDateTime time) {
    this.time = time.withNano(0);
  }

  /** Adds a compressed entry. */
  void add(String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  /** Adds an uncompressed entry, as ODF requires for its {@code mimetype}. */
  void addStored(String name, byte[] data) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    e.setMethod(ZipEntry.STORED);
    e.setSize(data.length);
    e.setCompressedSize(data.length);
    CRC32 crc = new CRC32();
    crc.update(data);
    e.setCrc(crc.getValue());
    zip.putNextEntry(e);
    zip.write(data);
    zip.closeEntry();
  }

  byte[] finish() throws IOException {
    zip.close();
    return bytes.toByteArray();
  }

  /**
   * Rewrites an archive made by a library that stamps the current time on its entries (POI does),
   * keeping entry order and content.
   */
  static byte[] normalize(byte[] archive, LocalDateTime time) throws IOException {
    DeterministicZip out = new DeterministicZip(time);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.add(e.getName(), in.readAllBytes());
      }
    }
    return out.finish();
  }
}
