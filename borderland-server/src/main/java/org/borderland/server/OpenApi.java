package org.borderland.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The OpenAPI 3 document of the API, generated from the route table and the commands' option
 * specifications: every route, every query parameter with its description, type and default.
 */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Route> routes, Commands commands, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", "Borderland API");
    info.put("version", version);
    info.put(
        "description",
        "Which neighbour is a revisionist power most likely to target next, and why. Each GET"
            + " route runs the command of the same name: its query parameters are the command's"
            + " options (without the dashes) and its JSON is the command's --format json. Errors:"
            + " {title, status, type, details}.");
    doc.put("info", info);
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      List<Object> params = new ArrayList<>();
      if (!r.command().isEmpty()) {
        commands.parameters(r.command()).forEach((name, o) -> params.add(parameter(name, o)));
      }
      if (r.path().contains("{id}")) {
        params.add(
            Map.of(
                "name", "id", "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      op.put("parameters", params);
      if (r.kind() == Route.Kind.JOB_START
          && commands.spec(r.command()).optionsMap().containsKey("--scenario")) {
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
                case JOB_START -> "The job, queued";
                case JOB_CANCEL -> "The job, cancelled (202: a running job, stopping)";
                case JOB_STATUS -> "The job";
                default -> "The command's JSON";
              },
              "content",
              Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
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
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("title", Map.of("type", "string"));
    props.put("status", Map.of("type", "integer"));
    props.put("type", Map.of("type", "string"));
    props.put("details", Map.of("type", "object"));
    schemas.put(
        "Error",
        Map.of(
            "type", "object", "required", List.of("title", "status", "type"), "properties", props));
    doc.put("components", Map.of("schemas", schemas));
    return doc;
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

  private static Map<String, Object> parameter(String name, OptionSpec o) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("in", "query");
    p.put("required", o.required());
    p.put(
        "description",
        String.join(" ", o.description())
            .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue())));
    Map<String, Object> schema = new LinkedHashMap<>();
    Class<?> t = o.type();
    if (o.arity().max() == 0) {
      schema.put("type", "boolean");
    } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
      schema.put("type", "integer");
    } else if (t == double.class || t == Double.class) {
      schema.put("type", "number");
    } else {
      schema.put("type", "string");
    }
    if (o.defaultValue() != null) {
      schema.put("default", o.defaultValue());
    }
    p.put("schema", schema);
    return p;
  }
}
