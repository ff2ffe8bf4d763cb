package org.borderland.app.common;

/** How far a long computation has come, as a fraction from 0 to 1; called from its thread. */
@FunctionalInterface
public interface Progress {
  /** No one is listening. */
  Progress NONE = f -> {};

  /** The work is {@code fraction} (0–1) done. */
  void update(double fraction);
}
