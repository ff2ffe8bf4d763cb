package org.borderland.core.country;

import java.util.regex.Pattern;

/** Argument checks that return the checked value, with messages that say what was wrong. */
final class Checks {
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private Checks() {}

  static String iso3(String code, String what) {
    if (code == null || !ISO3.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + what + " '" + code + "': must be three upper-case letters, e.g. KAZ");
    }
    return code;
  }
}
