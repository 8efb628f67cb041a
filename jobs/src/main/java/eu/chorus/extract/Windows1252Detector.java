package eu.chorus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, except that ISO-8859-1 is read as its superset Windows-1252 (as web
 * browsers do): text saved on Windows uses 0x80-0x9F for the euro sign and typographic quotes,
 * which ISO-8859-1 would turn into control characters.
 */
final class Windows1252Detector implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final Charset LATIN_1 = Charset.forName("ISO-8859-1");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final EncodingDetector detector = new DefaultEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset found = detector.detect(input, metadata);
    return LATIN_1.equals(found) ? WINDOWS_1252 : found;
  }
}
