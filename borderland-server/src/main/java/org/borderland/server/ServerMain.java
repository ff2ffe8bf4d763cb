package org.borderland.server;

import java.util.Map;
import org.borderland.cli.Main;

/** Entry point of the runnable jar: the command line, with {@code serve}. */
public final class ServerMain {
  private ServerMain() {}

  /** Runs the command line (with {@code serve}) and exits with its code. */
  public static void main(String[] args) {
    int code = Main.run(args, System.out, System.err, Map.of("serve", new ServeCommand()));
    System.exit(code);
  }
}
