package org.borderland.server;

import java.util.Objects;

/** A request the server refuses, carrying the {@link ApiError} to answer. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ApiError error;

  ApiException(ApiError error) {
    super(Objects.requireNonNull(error, "error").title());
    this.error = error;
  }

  /** The answer. */
  ApiError error() {
    return error;
  }
}
