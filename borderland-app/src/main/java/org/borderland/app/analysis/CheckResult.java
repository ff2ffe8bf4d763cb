package org.borderland.app.analysis;

/**
 * What a long run would cost, as its inputs describe it (checked as the run would check them): what
 * the server looks at before it starts a job.
 *
 * @param replications the model runs the analysis would make
 * @param threads the worker threads it would use
 */
public record CheckResult(long replications, int threads) {}
