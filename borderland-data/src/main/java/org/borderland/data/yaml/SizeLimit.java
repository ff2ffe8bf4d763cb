package org.borderland.data.yaml;

import java.util.Locale;
import java.util.Objects;

/**
 * The most bytes one kind of YAML file may hold. {@link YamlTree} checks it before parsing: the
 * parser's time grows with the length of the longest line (a 1 MiB line takes about a second), so
 * an oversized input is refused by its size, not after it has been read through.
 *
 * <p>Each reader declares its own limit, well above the files it reads (a scenario is about 1 KB, a
 * model 16 KB, the curated facts 65 KB) and well below what a person could write by hand.
 *
 * @param bytes the most bytes allowed, at least 1
 * @param kind what the file is, for messages, e.g. {@code a scenario file}
 */
public record SizeLimit(long bytes, String kind) {
  /** One mebibyte, 1,048,576 bytes. */
  public static final long MIB = 1L << 20;

  /** The limit for a YAML file of no particular kind: 1 MiB. */
  public static final SizeLimit DEFAULT = new SizeLimit(MIB, "a YAML file");

  /** Requires a positive size and a kind. */
  public SizeLimit {
    if (bytes < 1) {
      throw new IllegalArgumentException("A size limit is at least 1 byte, not " + bytes);
    }
    Objects.requireNonNull(kind, "kind");
  }

  /** E.g. {@code 1,048,576 bytes (1 MiB)}. */
  public String describe() {
    String b = String.format(Locale.ROOT, "%,d bytes", bytes);
    if (bytes % MIB == 0) {
      return b + " (" + bytes / MIB + " MiB)";
    }
    return bytes % 1024 == 0 ? b + " (" + bytes / 1024 + " KiB)" : b;
  }

  /**
   * The message for an input over the limit, e.g. {@code scenario.yaml is 41,943,040 bytes; the
   * limit is 1,048,576 bytes (1 MiB) for a scenario file; …}.
   *
   * @param name the input's name
   * @param size its size, e.g. {@code 41,943,040 bytes} or {@code more than 1,048,576 characters}
   */
  String tooLarge(String name, String size) {
    return name
        + " is "
        + size
        + "; the limit is "
        + describe()
        + " for "
        + kind
        + "; check that this is the right input, or make it smaller";
  }

  /** {@code 41,943,040 bytes}. */
  static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d bytes", n);
  }
}
