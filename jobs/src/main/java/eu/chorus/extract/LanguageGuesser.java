package eu.chorus.extract;

import java.io.Serializable;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Guesses the language of a text with Tika's Optimaize detector (ISO 639-1 codes), or "" when the
 * text is too short or the detector is not reasonably certain. Thread-safe.
 */
public final class LanguageGuesser implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SAMPLE_CHARS = 4000;

  private transient LanguageDetector detector;

  public synchronized String guess(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    if (detector == null) {
      detector = new OptimaizeLangDetector().loadModels();
    }
    detector.reset();
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    detector.addText(sample);
    LanguageResult result = detector.detect();
    return result.isReasonablyCertain() ? result.getLanguage() : "";
  }
}
