package org.borderland.core.pipeline;

/** What {@link Screen} screens units by (COINr's {@code unit_screen}). */
public enum UnitScreen {
  /** Data availability below the threshold ({@code "byNA"}). */
  MISSING,
  /** The share of non-zero values below the non-zero threshold ({@code "byzeros"}). */
  ZEROS,
  /** Either ({@code "byNAandzeros"}). */
  MISSING_OR_ZEROS;

  /** The name used in pipeline files, e.g. {@code missing}. */
  public String id() {
    return Params.id(this);
  }
}
