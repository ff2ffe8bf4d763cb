package org.borderland.dist;

import java.util.Map;
import org.borderland.cli.Main;

/**
 * Entry point of the one runnable jar: the command line with {@code serve}. This module is the only
 * one that sees both doors; the server never sees the command line, nor the command line the
 * server.
 */
public final class BorderlandMain {
  private BorderlandMain() {}

  /** Runs the command line (with {@code serve}) and exits with its code. */
  public static void main(String[] args) {
    int code = Main.run(args, System.out, System.err, Map.of("serve", new ServeCommand()));
    System.exit(code);
  }
}
