package eu.chorus.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state holds unredacted text: it is owner-only, and a state others can read is refused. */
class StateStoreTest {

  @TempDir Path dir;

  @BeforeEach
  void posixOnly() throws IOException {
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "the file system has no POSIX permissions");
  }

  private static String permissions(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewStateIsOwnerOnlyAndTheFoldersAboveItAreNot() throws IOException {
    Path state = dir.resolve("chorus/state");
    try (StateStore store = StateStore.open(state)) {
      store
          .publishedRuns()
          .remember("k1", Files.createDirectories(dir.resolve("chorus/runs/night-1")));
    }
    assertEquals("rwx------", permissions(state));
    assertEquals("rw-------", permissions(state.resolve(".lock")));
    assertEquals("rwx------", permissions(state.resolve("runs")));
    assertEquals("rw-------", permissions(state.resolve("runs/k1.json")));
    assertTrue(permissions(dir.resolve("chorus")).startsWith("rwx"), "the parent is the umask's");
    assertTrue(Files.isReadable(dir.resolve("chorus/runs/night-1")));
  }

  @Test
  void aStateOthersMayReadIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path state = Files.createDirectories(dir.resolve("state/extract"));
    Files.writeString(state.resolve("batch"), "unredacted text");
    Files.setPosixFilePermissions(
        dir.resolve("state"), PosixFilePermissions.fromString("rwxr-x---"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StateStore.open(dir.resolve("state")));
    assertTrue(
        e.getMessage().contains("rwxr-x---") && e.getMessage().contains("chmod -R go="),
        e.getMessage());
    assertTrue(Files.notExists(dir.resolve("state/.lock")), "nothing written");
  }

  @Test
  void anEmptyFolderIsMadePrivateAndWhatAnEarlierVersionWroteToo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwxr-xr-x"));
    StateStore.open(empty).close();
    assertEquals("rwx------", permissions(empty));

    Path earlier = Files.createDirectories(dir.resolve("earlier/annotate/abc"));
    Files.writeString(earlier.resolve("part-0.parquet"), "unredacted");
    Files.setPosixFilePermissions(
        earlier.resolve("part-0.parquet"), PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(
        dir.resolve("earlier"), PosixFilePermissions.fromString("rwx------"));
    StateStore.open(dir.resolve("earlier")).close();
    assertEquals("rwx------", permissions(earlier));
    assertEquals("rw-------", permissions(earlier.resolve("part-0.parquet")));
  }
}
