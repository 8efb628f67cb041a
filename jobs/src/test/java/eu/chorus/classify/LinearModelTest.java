package eu.chorus.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearModelTest {

  @TempDir Path dir;

  @Test
  void learnsASeparableProblemAndWritesItAsText() throws IOException {
    List<Map<String, Double>> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      x.add(Map.of("pro", 1.0 + i % 3));
      y.add("SUPPORT");
      x.add(Map.of("con", 1.0 + i % 3));
      y.add("OPPOSE");
    }
    LinearModel model = LinearModel.train(x, y, 1.0);
    assertEquals("SUPPORT", model.best(Map.of("pro", 2.0)).getKey());
    assertEquals("OPPOSE", model.best(Map.of("con", 2.0)).getKey());
    double total =
        model.probabilities(Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, total, 1e-9);

    Path file = dir.resolve("m.tsv");
    model.write(file, List.of("test model"));
    String text = Files.readString(file);
    assertTrue(text.startsWith("# test model\n"));
    assertTrue(text.contains("SUPPORT\tpro\t"));
  }
}
