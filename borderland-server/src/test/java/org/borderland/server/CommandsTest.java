package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderland.cli.Main;
import org.borderland.data.build.PanelLocation;
import org.junit.jupiter.api.Test;

/** Running commands for the API: arguments from parameters, and a reused command line. */
class CommandsTest {
  private static final Path ROOT = PanelLocation.projectRoot().orElseThrow();
  private final Commands commands = new Commands(ROOT.resolve("panel"), ROOT.resolve("curated"));

  private int year(Main.Outcome o) throws Exception {
    assertThat(o.exitCode()).as(o.err()).isZero();
    return new ObjectMapper().readTree(o.out()).get("year").asInt();
  }

  @Test
  void aReusedCommandLineForgetsTheOptionsOfTheRunBefore() throws Exception {
    List<String> rank = List.of("rank");
    int withYear =
        year(commands.run(rank, commands.args(rank, Map.of("year", List.of("2019")), List.of())));
    int without = year(commands.run(rank, commands.args(rank, Map.of(), List.of())));
    assertThat(withYear).isEqualTo(2019);
    assertThat(without).isGreaterThan(2019); // the latest knowledge year, not 2019 again
  }

  @Test
  void parametersBecomeOptionsAndTheServersFilesAreAdded() {
    List<String> args =
        commands.args(
            List.of("shield"),
            Map.of("aggressor", List.of("RUS"), "sea", List.of("true"), "allow", List.of("CHN")),
            List.of());
    assertThat(args).startsWith("shield");
    assertThat(args)
        .contains("--aggressor=RUS", "--sea", "--allow=CHN", "--format=json")
        .anyMatch(a -> a.startsWith("--panel="));
    assertThat(commands.args(List.of("shield"), Map.of("sea", List.of("false")), List.of()))
        .doesNotContain("--sea");
    assertThatThrownBy(
            () ->
                commands.args(List.of("rank"), Map.of("year", List.of("2019", "2020")), List.of()))
        .hasMessageContaining("given 2 times");
  }
}
