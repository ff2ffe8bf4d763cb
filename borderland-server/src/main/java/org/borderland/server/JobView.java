package org.borderland.server;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A job as the API shows it.
 *
 * @param id its id
 * @param kind the analysis it runs ({@code uncertainty}, {@code sensitivity}, {@code validate})
 * @param state {@code queued}, {@code running}, {@code done}, {@code failed} or {@code cancelled}
 * @param url where to poll it
 * @param progress how far it is
 * @param error why it failed, or null
 * @param result its result when done (only from {@code GET /api/v1/jobs/{id}})
 */
public record JobView(
    String id,
    String kind,
    String state,
    String url,
    Progress progress,
    ApiError error,
    @JsonInclude(JsonInclude.Include.NON_NULL) Object result) {

  /**
   * How far a job is.
   *
   * @param done replications done
   * @param total replications in all (0 until known)
   * @param fraction done / total
   */
  public record Progress(long done, long total, double fraction) {}
}
