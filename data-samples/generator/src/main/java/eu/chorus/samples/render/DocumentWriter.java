package eu.chorus.samples.render;

import eu.chorus.samples.compose.Document;
import java.io.IOException;

/**
 * Renders a composed {@link Document} as the bytes of one file format.
 *
 * <p>Implementations must be deterministic: the same document gives the same bytes on any machine
 * and at any time. Anything a format would normally stamp from the clock or a random source (dates,
 * IDs, ZIP entry times) comes from {@link Document#created()} and {@link Document#seed()}.
 */
public interface DocumentWriter {

  /** Renders {@code document}; an {@link IOException} means the format library failed. */
  byte[] write(Document document) throws IOException;
}
