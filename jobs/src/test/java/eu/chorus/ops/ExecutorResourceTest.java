package eu.chorus.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutorResourceTest {

  static final AtomicInteger BUILDS = new AtomicInteger();

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void buildsOncePerJvmEvenWhenTheHolderIsDeserializedPerTask() throws Exception {
    ExecutorResource<StringBuilder> holder =
        ExecutorResource.of(
            "test:once",
            () -> {
              BUILDS.incrementAndGet();
              return new StringBuilder("heavy");
            });
    StringBuilder first = roundTrip(holder).get();
    StringBuilder second = roundTrip(holder).get();
    assertSame(first, second);
    assertEquals(1, BUILDS.get());
  }
}
