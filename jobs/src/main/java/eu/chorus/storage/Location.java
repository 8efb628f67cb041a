package eu.chorus.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkEnv;
import scala.Tuple2;

/**
 * A file or folder of a run's input or output: a plain local path ({@code data/export}), or a
 * Hadoop file-system URI ({@code file:/data/export}, {@code hdfs://nn/exports/2026-12}, {@code
 * s3a://bucket/export} where the cluster has the connector).
 *
 * <p>Plain paths go through {@code java.nio} exactly as before; a URI goes through Hadoop's {@link
 * FileSystem}, configured like Spark's own ({@code spark.hadoop.*} settings, {@code
 * core-site.xml}), so that the driver and every executor see the same files. Serializable: it
 * travels with Spark tasks.
 */
public final class Location implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";

  private final String location;

  private Location(String location) {
    this.location = location;
  }

  /**
   * @param location a local path, or a URI with a scheme of two letters or more
   */
  public static Location of(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("a location must not be empty");
    }
    return new Location(location);
  }

  public static Location of(Path path) {
    return new Location(path.toString());
  }

  /** True for a plain path: read and written with {@code java.nio}. */
  public boolean isLocalPath() {
    // A single letter before ':' is a Windows drive, not a scheme.
    int colon = location.indexOf(':');
    return colon < 2 || !location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
  }

  /** The plain path; only for {@link #isLocalPath()} locations. */
  public Path localPath() {
    if (!isLocalPath()) {
      throw new IllegalStateException(location + " is a file-system URI, not a local path");
    }
    return Path.of(location);
  }

  /** {@code child} ('/'-separated) under this folder. */
  public Location resolve(String child) {
    if (isLocalPath()) {
      return new Location(localPath().resolve(child).toString());
    }
    return new Location(location.endsWith("/") ? location + child : location + "/" + child);
  }

  /**
   * The same location, independent of the working folder (executors run in their own): the absolute
   * path, or the URI as given.
   */
  public Location absolute() {
    return isLocalPath() ? of(localPath().toAbsolutePath()) : this;
  }

  public boolean isDirectory() throws IOException {
    if (isLocalPath()) {
      return Files.isDirectory(localPath());
    }
    try {
      return fileSystem().getFileStatus(hadoopPath()).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    }
  }

  /**
   * True when anything is there: a file, a folder, or (local) a symbolic link, even a broken one.
   */
  public boolean exists() throws IOException {
    if (isLocalPath()) {
      return Files.exists(localPath(), LinkOption.NOFOLLOW_LINKS);
    }
    return fileSystem().exists(hadoopPath());
  }

  /** True for a folder with nothing in it. */
  public boolean isEmptyDirectory() throws IOException {
    if (!isDirectory()) {
      return false;
    }
    if (isLocalPath()) {
      try (Stream<Path> entries = Files.list(localPath())) {
        return entries.findAny().isEmpty();
      }
    }
    return !fileSystem().listStatusIterator(hadoopPath()).hasNext();
  }

  public boolean isFile() throws IOException {
    if (isLocalPath()) {
      return Files.isRegularFile(localPath());
    }
    return fileSystem().isFile(hadoopPath());
  }

  public long size() throws IOException {
    if (isLocalPath()) {
      return Files.size(localPath());
    }
    return fileSystem().getFileStatus(hadoopPath()).getLen();
  }

  /**
   * Every regular file under this folder, as '/'-separated paths relative to it, sorted. Local
   * symbolic links are not followed.
   */
  public List<String> listFiles() throws IOException {
    return listEntries().stream().filter(Entry::readable).map(Entry::path).toList();
  }

  /**
   * One entry found under a folder: a regular file to read ({@code problem} empty), or something
   * that is there but will not be read, with the reason: a symbolic link (never followed), a FIFO,
   * socket or device, a name that does not decode, a folder that cannot be listed.
   *
   * @param path '/'-separated, relative to the folder listed; bytes of a name that are not UTF-8
   *     are written {@code %XX}
   */
  public record Entry(String path, String problem) {
    public boolean readable() {
      return problem.isEmpty();
    }
  }

  /**
   * Everything under this folder except folders themselves, sorted by path: regular files, and
   * every other entry with the reason it is not read. Nothing is followed or opened, and an entry
   * that cannot be examined is one entry with a reason rather than a failure of the whole listing.
   * A {@code file:} URI is listed as its local folder; other file systems list their files.
   */
  public List<Entry> listEntries() throws IOException {
    Optional<Path> local = localFolder();
    List<Entry> entries = local.isPresent() ? LocalListing.of(local.get()) : hadoopEntries();
    entries.sort(Comparator.comparing(Entry::path));
    return entries;
  }

  /** The local folder behind a plain path or a {@code file:} URI. */
  private Optional<Path> localFolder() {
    if (isLocalPath()) {
      return Optional.of(localPath());
    }
    URI uri = URI.create(location);
    if ("file".equalsIgnoreCase(uri.getScheme()) && !uri.isOpaque()) {
      return Optional.of(Path.of(uri));
    }
    return Optional.empty();
  }

  private List<Entry> hadoopEntries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    FileSystem fs = fileSystem();
    org.apache.hadoop.fs.Path root = fs.getFileStatus(hadoopPath()).getPath();
    String prefix = root.toUri().getPath();
    prefix = prefix.endsWith("/") ? prefix : prefix + "/";
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      FileStatus f = it.next();
      String path = f.getPath().toUri().getPath();
      if (path.startsWith(prefix)) {
        String relative = path.substring(prefix.length());
        entries.add(
            new Entry(
                relative,
                f.isFile() ? "" : f.isSymlink() ? LocalListing.SYMLINK : LocalListing.OTHER));
      }
    }
    return entries;
  }

  /** Opens the file for reading; the caller closes the stream. */
  public InputStream open() throws IOException {
    return isLocalPath() ? Files.newInputStream(localPath()) : fileSystem().open(hadoopPath());
  }

  /** Creates or replaces the file, and the folders above it; the caller closes the stream. */
  public OutputStream create() throws IOException {
    if (isLocalPath()) {
      Path p = localPath();
      if (p.getParent() != null) {
        Files.createDirectories(p.getParent());
      }
      return Files.newOutputStream(p);
    }
    return fileSystem().create(hadoopPath(), true);
  }

  public void createDirectories() throws IOException {
    if (isLocalPath()) {
      Files.createDirectories(localPath());
    } else {
      fileSystem().mkdirs(hadoopPath());
    }
  }

  /**
   * This file as a local file for libraries that need one (Tika): the path itself when local, else
   * a copy under the temporary folder, with the same file name (Tika reads it as a hint), deleted
   * on close.
   */
  public LocalCopy localCopy() throws IOException {
    if (isLocalPath()) {
      return new LocalCopy(localPath(), null);
    }
    Path folder = Files.createTempDirectory("chorus-input");
    String name = hadoopPath().getName();
    Path copy = folder.resolve(name.isEmpty() ? "file" : name);
    try (InputStream in = open()) {
      Files.copy(in, copy);
    } catch (IOException | RuntimeException e) {
      LocalCopy.delete(copy, folder);
      throw e;
    }
    return new LocalCopy(copy, folder);
  }

  /** A local file that may be a temporary copy, removed on close. */
  public static final class LocalCopy implements AutoCloseable {
    private final Path path;
    private final Path tempFolder;

    private LocalCopy(Path path, Path tempFolder) {
      this.path = path;
      this.tempFolder = tempFolder;
    }

    public Path path() {
      return path;
    }

    @Override
    public void close() throws IOException {
      if (tempFolder != null) {
        delete(path, tempFolder);
      }
    }

    private static void delete(Path file, Path folder) throws IOException {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    }
  }

  private org.apache.hadoop.fs.Path hadoopPath() {
    return new org.apache.hadoop.fs.Path(URI.create(location));
  }

  private FileSystem fileSystem() throws IOException {
    FileSystem fs = FileSystem.get(URI.create(location), hadoopConfiguration());
    // file: URIs: no .crc side files beside the outputs (Spark's own writes keep theirs).
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }

  /**
   * Hadoop settings as Spark gives them to its own readers: {@code core-site.xml} from the
   * classpath, overridden by the application's {@code spark.hadoop.*} settings, which Spark ships
   * to every executor.
   */
  static Configuration hadoopConfiguration() {
    Configuration conf = new Configuration();
    SparkEnv env = SparkEnv.get();
    if (env != null) {
      for (Tuple2<String, String> kv : env.conf().getAllWithPrefix(SPARK_HADOOP_PREFIX)) {
        conf.set(kv._1(), kv._2());
      }
    }
    return conf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location other && other.location.equals(location);
  }

  @Override
  public int hashCode() {
    return location.hashCode();
  }

  /** As given: a path, or a URI that Spark's readers and writers accept. */
  @Override
  public String toString() {
    return location;
  }
}
