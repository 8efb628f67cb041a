package eu.chorus.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process behind {@link ForkedTextExtractor}: reads file paths from stdin, one at a time,
 * extracts each in-process with {@link TikaTextExtractor} and answers on stdout with the serialized
 * {@link ExtractedText}. Parsers that print are sent to stderr, so stdout carries only answers. It
 * exits when stdin closes or its parent dies; the JVM's heap limit and {@code
 * -XX:+ExitOnOutOfMemoryError} make a file that needs too much memory end this process, not the
 * run.
 */
public final class ExtractionWorker {

  /** Sent once, before the first answer, when the worker can take files. */
  static final int READY = 0;

  private ExtractionWorker() {}

  /** Arguments: the {@link ExtractionSettings} fields in order. */
  static List<String> arguments(ExtractionSettings s) {
    return List.of(
        String.valueOf(s.timeoutSeconds()),
        String.valueOf(s.maxChars()),
        String.valueOf(s.wordsPerPage()),
        String.valueOf(s.ocr()),
        s.ocrLanguages(),
        String.valueOf(s.workerHeapMb()),
        String.valueOf(s.maxUnpackedMb()));
  }

  public static void main(String[] args) throws IOException {
    ExtractionSettings settings =
        new ExtractionSettings(
            Integer.parseInt(args[0]),
            Integer.parseInt(args[1]),
            Integer.parseInt(args[2]),
            Boolean.parseBoolean(args[3]),
            args[4],
            Integer.parseInt(args[5]),
            Integer.parseInt(args[6]));
    DataOutputStream answers =
        new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    ProcessHandle.current()
        .parent()
        .ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    DataInputStream requests =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    TikaTextExtractor extractor = new TikaTextExtractor(settings);
    // Ready: the parent's per-file clock starts after this, not during JVM and Tika start-up.
    answers.writeInt(READY);
    answers.flush();
    while (true) {
      String path;
      try {
        path = requests.readUTF();
      } catch (EOFException e) {
        return;
      }
      ExtractedText text = extractor.extract(Path.of(path));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(text);
      }
      answers.writeInt(bytes.size());
      bytes.writeTo(answers);
      answers.flush();
    }
  }
}
