package org.borderland.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks made on every request before any work: the {@code Host} is one this server answers to
 * (against DNS rebinding: a page on another site whose name was pointed at 127.0.0.1), a browser's
 * {@code Origin} is this server's own or the one {@code --cors} allows (no cross-origin writes), a
 * body comes with a documented content type, and the query string decodes.
 */
final class RequestGuard {
  /** The content types a request body may have (RFC 9512 names YAML's). */
  static final List<String> BODY_TYPES =
      List.of("application/yaml", "application/x-yaml", "text/yaml", "application/json");

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");

  private final Set<String> hosts;
  private final String corsOrigin;

  /**
   * @param bind the address the server listens on
   * @param allowedHosts more host names the server answers to (e.g. its name behind a proxy)
   * @param corsOrigin the one other origin browsers may call from, or null
   */
  RequestGuard(String bind, Collection<String> allowedHosts, String corsOrigin) {
    Set<String> h = new TreeSet<>();
    String b = unbracket(bind.strip().toLowerCase(Locale.ROOT));
    h.add(b);
    if (LOOPBACK_NAMES.contains(b) || b.startsWith("127.") || wildcard(b)) {
      h.addAll(LOOPBACK_NAMES);
    }
    if (wildcard(b)) {
      h.addAll(interfaceAddresses());
    }
    for (String a : allowedHosts) {
      h.add(unbracket(a.strip().toLowerCase(Locale.ROOT)));
    }
    this.hosts = Collections.unmodifiableSet(h);
    this.corsOrigin = corsOrigin == null ? null : stripSlash(corsOrigin.strip());
  }

  /** The host names this server answers to. */
  Set<String> hosts() {
    return hosts;
  }

  /**
   * Checks a request.
   *
   * @throws ApiException with a 421 for a host this server does not answer to, 403 for a foreign
   *     origin, 415 for a body of an undocumented type, 400 for a query that does not decode
   */
  void check(Context ctx) {
    String hostHeader = ctx.header("Host");
    if (hostHeader == null || hostHeader.isBlank()) {
      throw new ApiException(
          new ApiError(
              "The request has no Host header; send the address you reached the server by",
              400,
              "bad-request",
              Map.of("parameter", "Host")));
    }
    String host = hostOf(hostHeader);
    if (!hosts.contains(host)) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("parameter", "Host");
      d.put("value", hostHeader);
      d.put("allowed", hosts);
      throw new ApiException(
          new ApiError(
              "This server does not answer to the host '"
                  + host
                  + "' (it answers to "
                  + String.join(", ", hosts)
                  + "); if it is reached by that name, start it with --allowed-hosts "
                  + host,
              421,
              "misdirected-request",
              d));
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, hostHeader) && !origin.equals(corsOrigin)) {
      throw new ApiException(
          new ApiError(
              "Requests from the web origin '"
                  + origin
                  + "' are not allowed"
                  + (corsOrigin == null
                      ? " (cross-origin calls are off; start the server with --cors ORIGIN)"
                      : " (only " + corsOrigin + " is, by --cors)"),
              403,
              "forbidden-origin",
              Map.of("parameter", "Origin", "value", origin)));
    }
    if (hasBody(ctx)) {
      String type = mediaType(ctx.header("Content-Type"));
      if (!BODY_TYPES.contains(type)) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("parameter", "Content-Type");
        d.put("value", type.isEmpty() ? "(none)" : type);
        d.put("allowed", BODY_TYPES);
        throw new ApiException(
            new ApiError(
                "A request body must be sent as "
                    + String.join(", ", BODY_TYPES)
                    + (type.isEmpty() ? ", but it has no Content-Type" : ", not " + type)
                    + " (see docs/api.md)",
                415,
                "unsupported-media-type",
                d));
      }
    }
    String query = ctx.queryString();
    if (query != null) {
      for (String part : query.split("&")) {
        try {
          URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
          throw new ApiException(
              ApiError.badRequest(
                  "The query parameter '"
                      + shorten(part)
                      + "' is not correctly percent-encoded (a '%' must be followed by two hex"
                      + " digits; write '%' itself as %25)",
                  Map.of("parameter", shorten(name))));
        }
      }
    }
  }

  /** Whether the request carries a body: a positive length, or chunks. */
  private static boolean hasBody(Context ctx) {
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        return Long.parseLong(length.strip()) > 0;
      } catch (NumberFormatException e) {
        return true;
      }
    }
    return ctx.header("Transfer-Encoding") != null;
  }

  /** The media type of a Content-Type header, lower case, without parameters; empty for none. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean sameOrigin(String origin, String hostHeader) {
    try {
      URI u = new URI(origin);
      return "http".equalsIgnoreCase(u.getScheme())
          && u.getRawAuthority() != null
          && u.getRawAuthority().equalsIgnoreCase(hostHeader.strip())
          && (u.getRawPath() == null || u.getRawPath().isEmpty());
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The host of a Host header, lower case, without port or brackets. */
  static String hostOf(String hostHeader) {
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(1, end);
    }
    int colon = h.lastIndexOf(':');
    return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
  }

  private static boolean wildcard(String b) {
    return b.equals("0.0.0.0") || b.equals("::") || b.equals("0:0:0:0:0:0:0:0");
  }

  private static String unbracket(String s) {
    return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  private static Set<String> interfaceAddresses() {
    Set<String> out = new TreeSet<>();
    try {
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          String s = a.getHostAddress().toLowerCase(Locale.ROOT);
          int zone = s.indexOf('%');
          out.add(zone < 0 ? s : s.substring(0, zone));
        }
      }
    } catch (SocketException e) {
      // no interfaces listed: only the loopback names and --allowed-hosts are accepted
    }
    return out;
  }
}
