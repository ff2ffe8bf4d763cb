package org.borderland.server;

/** Package access for tests in other packages. */
public final class BorderlandServerAccess {
  private BorderlandServerAccess() {}

  /** {@link BorderlandServer#internal}. */
  public static ApiError internal(String where, Throwable t) {
    return BorderlandServer.internal(where, t);
  }
}
