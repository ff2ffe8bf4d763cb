package org.borderland.server;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderland.app.common.Json;

/**
 * The OpenAPI 3 document of the API, generated from the route table: every route, every query
 * parameter with its description, type and default, and each answer's schema from its record.
 */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Route> routes, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Borderland API");
    info.put("version", version);
    info.put(
        "description",
        "Which neighbour is a revisionist power most likely to target next, and why. Each GET"
            + " route answers as the command of the same name with --format json; its query"
            + " parameters are the command's options without the dashes. Errors: {title, status,"
            + " type, details}.");
    doc.put("info", info);
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      List<Object> params = new ArrayList<>();
      r.params().forEach(p -> params.add(parameter(p)));
      if (r.path().contains("{id}")) {
        params.add(
            Map.of(
                "name", "id", "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      op.put("parameters", params);
      if (r.kind() == Route.Kind.JOB_START && r.takesScenario()) {
        op.put(
            "requestBody",
            Map.of(
                "required",
                false,
                "description",
                "Optional: a scenario file (YAML or JSON) the analysis runs under, at most 64 KiB",
                "content",
                bodyTypes()));
      }
      if (r.kind() == Route.Kind.SCENARIO) {
        op.put(
            "requestBody",
            Map.of(
                "required",
                true,
                "description",
                "A scenario file (YAML or JSON; see docs/scenarios.md), at most 64 KiB",
                "content",
                bodyTypes()));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put(
          r.kind() == Route.Kind.JOB_START ? "202" : "200",
          Map.of(
              "description",
              switch (r.kind()) {
                case JOB_START -> "The job, queued; its result, when done, is " + name(r);
                case JOB_CANCEL -> "The job, cancelled (202: a running job, stopping)";
                case JOB_STATUS -> "The job, with its result when done";
                case OPENAPI -> "This document";
                case QUERY, HEAVY, SCENARIO -> "The result";
              },
              "content",
              Map.of("application/json", Map.of("schema", schema(r)))));
      responses.put(
          "4XX",
          error(
              "Bad request: the parameter and value that were wrong (400), no such job (404), a"
                  + " method not allowed (405, with Allow), a host the server does not answer to"
                  + " (421), a foreign Origin (403), a body type not listed (415), a full job queue"
                  + " or a busy computation (429, with Retry-After)"));
      responses.put("5XX", error("Server error (no stack trace)"));
      op.put("responses", responses);
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().toLowerCase(java.util.Locale.ROOT), op);
    }
    doc.put("paths", paths);
    Map<String, Object> schemas = new LinkedHashMap<>();
    schemas.put("Error", SCHEMAS.generateSchema(ApiError.class));
    doc.put("components", Map.of("schemas", schemas));
    return doc;
  }

  /**
   * Schemas of result records, generated from the records themselves (their components, as Jackson
   * writes them: {@code @JsonIgnore} left out, {@code @JsonInclude} and order respected), every
   * object inline so that each schema stands alone in the document.
   */
  private static final SchemaGenerator SCHEMAS =
      new SchemaGenerator(
          new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
              .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
              .with(Option.INLINE_ALL_SCHEMAS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
              .without(Option.SCHEMA_VERSION_INDICATOR)
              .build());

  private static Object schema(Route r) {
    if (r.kind() == Route.Kind.JOB_START
        || r.kind() == Route.Kind.JOB_STATUS
        || r.kind() == Route.Kind.JOB_CANCEL) {
      ObjectNode job = SCHEMAS.generateSchema(JobView.class);
      if (r.result() != null) {
        ((ObjectNode) job.get("properties")).set("result", schemaOf(r.result()));
      }
      return job;
    }
    if (r.result() == null) {
      return Map.of("type", "object");
    }
    return schemaOf(r.result());
  }

  /**
   * The schema of a result type as Jackson writes it: a sealed interface as one of its records, a
   * record written by a {@code @JsonValue} method as what that method returns, any other record by
   * its components.
   */
  static ObjectNode schemaOf(Type type) {
    if (type instanceof Class<?> c) {
      if (c.isInterface() && c.isSealed()) {
        ObjectNode one = Json.mapper().createObjectNode();
        ArrayNode of = one.putArray("oneOf");
        for (Class<?> sub : c.getPermittedSubclasses()) {
          of.add(schemaOf(sub));
        }
        return one;
      }
      for (Method m : c.getMethods()) {
        if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
          return schemaOf(m.getGenericReturnType());
        }
      }
    }
    return SCHEMAS.generateSchema(type);
  }

  private static String name(Route r) {
    return r.result() == null ? "an object" : r.result().getTypeName().replaceAll(".*[.$]", "");
  }

  /** The content types a body may have, each as a string (YAML) or an object (JSON). */
  private static Map<String, Object> bodyTypes() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String t : RequestGuard.BODY_TYPES) {
      m.put(t, Map.of("schema", Map.of("type", t.endsWith("json") ? "object" : "string")));
    }
    return m;
  }

  private static Map<String, Object> error(String description) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }

  private static String operationId(Route r) {
    StringBuilder b = new StringBuilder(r.method().toLowerCase(java.util.Locale.ROOT));
    for (String part : r.path().replace("/api/v1/", "").split("[/{}.]")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  private static Map<String, Object> parameter(Param p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("in", "query");
    m.put("required", false);
    m.put("description", p.description());
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", p.type().openApi());
    if (p.defaultValue() != null) {
      schema.put("default", p.defaultValue());
    }
    m.put("schema", schema);
    return m;
  }
}
