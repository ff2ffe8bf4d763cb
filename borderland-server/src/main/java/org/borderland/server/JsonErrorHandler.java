package org.borderland.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers — a URL or headers too large, a path Jetty refuses such as {@code
 * /../}, a malformed request — in the API's one error shape instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(code, message)), cb);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }

  /** The error for a status Jetty answered itself. */
  static ApiError error(int status, String reason) {
    String title =
        switch (status) {
          case 414 ->
              "The request's URL is longer than the server accepts (8 KiB); send fewer or shorter"
                  + " query parameters";
          case 431 ->
              "The request's headers are larger than the server accepts; send fewer or smaller"
                  + " headers";
          case 413 ->
              "The request body is larger than "
                  + BorderlandServer.MAX_BODY_BYTES / 1024
                  + " KiB; send a smaller scenario";
          case 400 ->
              "The request is malformed"
                  + (reason == null || reason.isBlank() ? "" : " (" + ApiErrors.clean(reason) + ")")
                  + "; paths with '..', encoded separators or control characters are refused."
                  + " See /api/v1/openapi.json for the routes";
          case 404 -> "No such page or route; see /api/v1/openapi.json for the routes";
          case 405 -> "This method is not allowed here; see /api/v1/openapi.json";
          default ->
              "The request failed (HTTP "
                  + status
                  + (reason == null || reason.isBlank() ? "" : ": " + ApiErrors.clean(reason))
                  + ")";
        };
    String type = status == 413 ? "too-large" : status >= 500 ? "internal" : "http";
    return new ApiError(title, status, type, Map.of());
  }

  private static byte[] body(int status, String reason) {
    try {
      return JSON.writeValueAsBytes(error(status, reason));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
