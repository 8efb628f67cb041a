package eu.chorus.ops;

import eu.chorus.storage.Location;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folders a run reads and writes must be apart: none may be, or lie inside, another. An output
 * inside the export is read as input by the next run, and an export (or a state) inside a run
 * folder is deleted when that run is replaced. Folders are compared after resolving the working
 * folder, {@code ..} and symbolic links; file-system URIs by scheme, authority and path.
 */
public final class SeparateFolders {

  private SeparateFolders() {}

  private record Named(String option, Location location, String key) {}

  /**
   * @param folders the folders by option ({@code --input}, {@code --out}, ...), in the order the
   *     message names them; a {@code null} folder (an option not given) is skipped
   * @throws IllegalArgumentException naming the first two that overlap
   */
  public static void check(Map<String, Location> folders) throws IOException {
    List<Named> named = new ArrayList<>();
    for (Map.Entry<String, Location> f : folders.entrySet()) {
      if (f.getValue() != null) {
        named.add(new Named(f.getKey(), f.getValue(), key(f.getValue())));
      }
    }
    for (int i = 0; i < named.size(); i++) {
      for (int j = i + 1; j < named.size(); j++) {
        String problem = overlap(named.get(i), named.get(j));
        if (problem != null) {
          throw new IllegalArgumentException(
              problem + ": the export, the outputs and the state must be separate folders");
        }
      }
    }
  }

  private static String overlap(Named a, Named b) {
    if (a.key.equals(b.key)) {
      return a.option + " and " + b.option + " name the same folder (" + a.location + ")";
    }
    if (b.key.startsWith(a.key)) {
      return b.option + " " + b.location + " lies inside " + a.option + " " + a.location;
    }
    if (a.key.startsWith(b.key)) {
      return a.option + " " + a.location + " lies inside " + b.option + " " + b.location;
    }
    return null;
  }

  /** scheme://authority/path/, with a local path (or a file: URI) made canonical. */
  private static String key(Location location) throws IOException {
    URI uri;
    if (location.isLocalPath()) {
      uri = Folders.canonical(location.localPath()).toUri();
    } else {
      uri = URI.create(location.toString()).normalize();
      if ("file".equalsIgnoreCase(uri.getScheme()) && !uri.isOpaque()) {
        uri = Folders.canonical(Path.of(uri)).toUri();
      }
    }
    String path = uri.isOpaque() ? uri.getSchemeSpecificPart() : uri.getPath();
    String authority = uri.getAuthority() == null ? "" : uri.getAuthority();
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + authority
        + (path.endsWith("/") ? path : path + "/");
  }
}
