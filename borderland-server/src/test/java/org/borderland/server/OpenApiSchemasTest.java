package org.borderland.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.borderland.app.Borderland;
import org.borderland.app.common.Json;
import org.junit.jupiter.api.Test;

/** The OpenAPI document's response schemas come from the result records. */
class OpenApiSchemasTest {
  private final JsonNode doc =
      Json.mapper()
          .valueToTree(
              OpenApi.document(
                  Api.routes(new Borderland(Borderland.Config.defaults()), Limits.defaults()),
                  "test"));

  private JsonNode schema(String path, String method) {
    JsonNode responses = doc.get("paths").get(path).get(method).get("responses");
    JsonNode ok = responses.has("200") ? responses.get("200") : responses.get("202");
    return ok.get("content").get("application/json").get("schema");
  }

  @Test
  void everyResultRouteDescribesItsAnswerBeyondABareObject() {
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          JsonNode s = schema(path.getKey(), op.getKey());
                          if (!path.getKey().endsWith("openapi.json")) {
                            assertThat(s)
                                .as(op.getKey() + " " + path.getKey())
                                .isNotEqualTo(Json.mapper().valueToTree(Map.of("type", "object")));
                          }
                        }));
  }

  @Test
  void theRankSchemaHasTheRecordsFieldsAndNotWhatOnlyTablesUse() {
    JsonNode rank = schema("/api/v1/rank", "get").get("properties");
    assertThat(rank.has("aggressor")).isTrue();
    assertThat(rank.has("reach")).isTrue();
    assertThat(rank.get("candidateNotes").get("type").asText()).isEqualTo("array");
    assertThat(rank.has("about")).isFalse();
    JsonNode row = rank.get("results").get("items").get("properties");
    assertThat(row.get("index").get("type").toString()).contains("number");
    assertThat(row.get("quality").get("properties").has("missing")).isTrue();
  }

  @Test
  void explainIsOneOfItsTwoAnswersAndCountriesIsAList() {
    assertThat(schema("/api/v1/explain", "get").get("oneOf")).hasSize(2);
    assertThat(schema("/api/v1/countries", "get").get("type").asText()).isEqualTo("array");
  }

  @Test
  void aJobRouteDescribesTheJobWithItsResult() {
    JsonNode job = schema("/api/v1/jobs/uncertainty", "post").get("properties");
    assertThat(job.has("progress")).isTrue();
    assertThat(job.get("result").get("properties").has("targets")).isTrue();
  }
}
