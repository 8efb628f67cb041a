package eu.chorus.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.exception.TikaMemoryLimitException;

/** Turns a parser failure into one sentence a secretariat member understands. */
final class FailureReason {

  private static final Pattern NESTING =
      Pattern.compile("suspected zip bomb: (\\d+) levels of (xml element|package entry) nesting");

  private FailureReason() {}

  static String describe(Throwable failure, String type) {
    String all = messages(failure).toLowerCase(Locale.ROOT);
    // Tika's own guards (SecureContentHandler) all say "zip bomb"; say which one tripped.
    Matcher nesting = NESTING.matcher(all);
    if (nesting.find()) {
      return nesting.group(2).equals("package entry")
          ? "archives or attachments nested "
              + nesting.group(1)
              + " levels deep: reading stopped there"
          : type
              + " file nests its elements "
              + nesting.group(1)
              + " levels deep: reading stopped there";
    }
    if (all.contains("input bytes produced")) {
      return "the file expands to over 100 characters of text per byte (suspected zip bomb): reading stopped there";
    }
    if (all.contains("zip bomb")) {
      return "compressed data expands beyond the limit (zip bomb): reading stopped there";
    }
    if (has(failure, TikaMemoryLimitException.class)) {
      return type
          + " file asks for more memory than the parser allows ("
          + rootMessage(failure)
          + "): reading stopped there";
    }
    if (all.contains("entity expansion")
        || all.contains("entityexpansion")
        || all.contains("jaxp00010001")
        || all.contains("entity reference") && all.contains("limit")) {
      return type
          + " file defines XML entities that expand without bound (billion-laughs attack): reading stopped there";
    }
    if (all.contains("doctype") || all.contains("external entity") || all.contains("entity")) {
      return type + " file declares XML entities, which are refused for safety: not read";
    }
    return "damaged or truncated " + type + " file (" + rootMessage(failure) + ")";
  }

  private static boolean has(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String messages(Throwable failure) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(' ');
    }
    return b.toString();
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() > 120 ? message.substring(0, 120) + "..." : message;
  }
}
