package eu.chorus.state;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Owner-only permissions for the state folder, which holds extracted text before redaction: folders
 * {@code rwx------} (0700), files {@code rw-------} (0600), set on everything Chorus writes there,
 * whatever the umask. On a file system without POSIX permissions nothing is set or checked.
 */
final class OwnerOnly {

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private OwnerOnly() {}

  /**
   * Creates the folder {@code root} owner-only; missing folders above it are created as usual (they
   * may hold other things: the run folders beside the state).
   */
  static void createFolder(Path root) throws IOException {
    Path parent = root.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (posix(root)) {
      Files.createDirectory(root, PosixFilePermissions.asFileAttribute(FOLDER));
    } else {
      Files.createDirectory(root);
    }
  }

  /** Creates {@code dir} inside the state and any missing folder above it, each owner-only. */
  static void createDirectories(Path dir) throws IOException {
    if (posix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
    } else {
      Files.createDirectories(dir);
    }
  }

  /**
   * The permissions that let others than the owner in, as {@code rwxr-x---}; empty when none do.
   */
  static Optional<String> openToOthers(Path p) throws IOException {
    if (!posix(p)) {
      return Optional.empty();
    }
    Set<PosixFilePermission> permissions =
        Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
    return permissions.stream().anyMatch(OTHERS::contains)
        ? Optional.of(PosixFilePermissions.toString(permissions))
        : Optional.empty();
  }

  /**
   * Makes {@code p} and, for a folder, everything in it owner-only (links left alone, never
   * followed).
   */
  static void restrict(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) || !posix(p)) {
      return;
    }
    Files.walkFileTree(
        p,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            Files.setPosixFilePermissions(dir, FOLDER);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (attributes.isRegularFile()) {
              Files.setPosixFilePermissions(file, FILE);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The attribute that creates a file owner-only, where the file system has POSIX permissions. */
  static FileAttribute<?>[] fileAttributes(Path p) throws IOException {
    return posix(p)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
        : new FileAttribute<?>[0];
  }

  /**
   * Whether the file system of {@code p} (or of its nearest existing folder) has POSIX permissions.
   */
  private static boolean posix(Path p) throws IOException {
    Path existing = p.toAbsolutePath();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    return existing != null
        && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
  }
}
