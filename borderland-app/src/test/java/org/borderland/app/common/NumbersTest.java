package org.borderland.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void aMapsMissingValuesReadAsNullInTheMapsOrder() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("z", 1.5);
    m.put("a", Double.NaN);
    m.put("m", null);
    Map<String, Double> view = Numbers.orNull(m);
    assertThat(view).containsExactly(Map.entry("z", 1.5), entry("a"), entry("m"));
    assertThat(view.get("a")).isNull();
    assertThat(Json.write(view)).isEqualTo("{\n  \"z\" : 1.5,\n  \"a\" : null,\n  \"m\" : null\n}");
    assertThat(new String(Json.bytes(view), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"z\":1.5,\"a\":null,\"m\":null}");
    assertThatThrownBy(() -> view.put("b", 2.0)).isInstanceOf(UnsupportedOperationException.class);
  }

  private static Map.Entry<String, Double> entry(String key) {
    return new java.util.AbstractMap.SimpleImmutableEntry<>(key, null);
  }
}
