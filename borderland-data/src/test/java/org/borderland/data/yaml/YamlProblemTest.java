package org.borderland.data.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlProblemTest {
  private static final Path FILE = Path.of("f.yaml");

  @Test
  void toStringNamesAsMuchOfThePositionAsIsKnown() {
    assertThat(new YamlProblem(FILE, 3, 7, "a.b", "bad"))
        .hasToString("f.yaml line 3, column 7, field a.b: bad");
    assertThat(new YamlProblem(FILE, 3, 0, "", "bad")).hasToString("f.yaml line 3: bad");
    assertThat(new YamlProblem(FILE, 0, 0, "a", "bad")).hasToString("f.yaml field a: bad");
    assertThat(new YamlProblem(FILE, 0, 0, null, "bad").field()).isEmpty();
  }

  @Test
  void summaryIsTheProblemAloneOrAHeadingAndACappedList() {
    YamlProblem one = new YamlProblem(FILE, 1, 1, "", "one");
    assertThat(YamlProblem.summary(List.of(one), "The file has", 2))
        .isEqualTo("f.yaml line 1, column 1: one");
    String many = YamlProblem.summary(Collections.nCopies(5, one), "The file has", 2);
    assertThat(many)
        .startsWith("The file has 5 problems; fix them and load again:\n  - f.yaml line 1")
        .endsWith("\n  … and 3 more");
    assertThat(many.lines().filter(l -> l.startsWith("  - "))).hasSize(2);
  }

  @Test
  void summaryNeedsAProblem() {
    assertThatThrownBy(() -> YamlProblem.summary(List.of(), "The file has", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
