/**
 * The composite-indicator pipeline, after the COINr R package (Becker et al., MIT licence) and the
 * OECD/JRC <i>Handbook on Constructing Composite Indicators</i> (2008): a {@link
 * org.borderland.core.pipeline.Dataset} of units × indicators, an indicator {@link
 * org.borderland.core.pipeline.Tree}, and {@link org.borderland.core.pipeline.Step steps}
 * (denominate, impute, screen, treat, normalise, aggregate), each a pure function from a dataset to
 * a new dataset that leaves a {@link org.borderland.core.pipeline.StepRecord} of its parameters, so
 * that a {@link org.borderland.core.pipeline.Pipeline} can be replayed with changed parameters as
 * COINr's {@code Regen} does. Plain Java, no I/O.
 *
 * <p>Running a pipeline:
 *
 * <pre>{@code
 * Pipeline p = Pipeline.of(
 *     new Denominate(Map.of(), Map.of()),                 // iMeta's Denominator column
 *     Impute.groupMean("EurAsia_group"),
 *     Screen.byMissing(0.9),
 *     Treat.winsorise(5),
 *     Normalise.all(NormalisationSpec.minMax(0, 100)),
 *     Aggregate.all(Aggregation.ARITHMETIC_MEAN));
 * Run run = p.run(dataset, tree);
 * Results r = run.results();
 * double index = r.score("CHE", "Index");                 // 68.38…
 * Run whatIf = p.withParameter("treat", "winmax", 1).run(dataset, tree);
 * }</pre>
 */
package org.borderland.core.pipeline;
