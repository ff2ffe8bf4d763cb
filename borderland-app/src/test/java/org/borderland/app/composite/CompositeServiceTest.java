package org.borderland.app.composite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.borderland.app.Borderland;
import org.borderland.app.problem.BadParameter;
import org.borderland.data.coinr.CoinrInput;
import org.borderland.data.coinr.CoinrReader;
import org.borderland.data.coinr.PipelineFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CompositeService} on a tiny tree: two indicators, one aggregate, three units. */
class CompositeServiceTest {
  @TempDir Path dir;
  private CoinrInput input;
  private final CompositeService service =
      new CompositeService(new Borderland(Borderland.Config.defaults()));

  @BeforeEach
  void write() throws Exception {
    Path meta = dir.resolve("iMeta.csv");
    Files.writeString(
        meta,
        "\"Level\",\"iCode\",\"Direction\",\"Weight\",\"Parent\",\"Type\"\n"
            + "1,\"a\",1,1,\"I\",\"Indicator\"\n"
            + "1,\"b\",-1,1,\"I\",\"Indicator\"\n"
            + "2,\"I\",1,1,,\"Aggregate\"\n");
    Path data = dir.resolve("iData.csv");
    Files.writeString(data, "\"uCode\",\"a\",\"b\"\n\"X\",1,10\n\"Y\",3,30\n\"Z\",2,20\n");
    input = CoinrReader.read(data, meta, Optional.empty());
  }

  @Test
  void theSimpleBuildIsTheMeanOfMinMaxScoresWithDirection() {
    CompositeResult r = service.build(CompositeRequest.simple(input));
    assertThat(r.units()).containsExactly("X", "Y", "Z");
    assertThat(r.aggregates()).contains("I");
    assertThat(r.pipeline()).isEqualTo(CompositeRequest.SIMPLE_BUILD);
    assertThat(r.steps()).isNotEmpty();
    // a rises and b (direction -1) falls from X to Y: every unit's mean is 50.
    for (String u : r.units()) {
      assertThat(r.results().score(u, "I")).as(u).isCloseTo(50.0, within(1e-9));
    }
  }

  @Test
  void aStepTheDataCannotTakeIsABadPipelineNamingTheStep() throws Exception {
    Path p = dir.resolve("p.yaml");
    // min-max onto [0, 100] gives zeros, which the geometric mean cannot take.
    Files.writeString(p, "steps:\n  - normalise: {}\n  - aggregate: {method: geometric-mean}\n");
    CompositeRequest request =
        new CompositeRequest(input, PipelineFile.read(p, input.tree()), p.toString());
    assertThatThrownBy(() -> service.build(request))
        .isInstanceOfSatisfying(
            BadParameter.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("pipeline");
              assertThat(e.getMessage()).startsWith("Step 'aggregate'");
            });
  }
}
