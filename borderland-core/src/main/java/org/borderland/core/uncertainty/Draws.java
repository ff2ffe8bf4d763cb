package org.borderland.core.uncertainty;

import java.util.SplittableRandom;

/**
 * Where every random number of an analysis comes from: a generator per (seed, stream, index),
 * derived without reference to any other generator, so that replication {@code r} draws the same
 * numbers whichever thread runs it and whatever ran before.
 *
 * <p>The generator of index {@code i} in stream {@code s} is {@code new SplittableRandom(k)} with
 * {@code k = mix64(mix64(seed + s·γ) + (i + 1)·γ)}, where {@code γ = 0x9E3779B97F4A7C15} (the
 * golden-ratio increment of SplitMix64) and {@code mix64} is SplitMix64's finaliser (Steele, Lea
 * and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the same mix as {@link
 * SplittableRandom}). A replication takes one 64-bit word per input, in input order, from its
 * generator: input {@code j} gets the {@code j}-th {@code nextLong()}, so adding an input at the
 * end leaves the earlier inputs' draws as they were.
 *
 * <p>Streams: {@link #A} and {@link #B} are the two independent sample matrices of a sensitivity
 * design (an uncertainty analysis uses {@link #A}, so its replications are the first {@code N} rows
 * of a sensitivity analysis with the same seed); {@link #BOOTSTRAP} gives bootstrap replication
 * {@code b}'s resampling; {@link #WEIGHT_SETS} the fixed noisy weight sets.
 */
public final class Draws {
  /** The first sample matrix (and an uncertainty analysis's rows). */
  public static final long A = 1;

  /** The second sample matrix of a sensitivity design. */
  public static final long B = 2;

  /** Bootstrap replications of the sensitivity indices. */
  public static final long BOOTSTRAP = 3;

  /** Noisy weight sets, for weight noise with a fixed number of sets (stream + input index). */
  public static final long WEIGHT_SETS = 1L << 32;

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Draws() {}

  /** SplitMix64's finaliser. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The generator of one index of one stream. */
  public static SplittableRandom generator(long seed, long stream, long index) {
    return new SplittableRandom(mix64(mix64(seed + stream * GOLDEN) + (index + 1) * GOLDEN));
  }

  /** The {@code d} words of one row of a stream. */
  public static long[] words(long seed, long stream, long row, int d) {
    SplittableRandom g = generator(seed, stream, row);
    long[] w = new long[d];
    for (int j = 0; j < d; j++) {
      w[j] = g.nextLong();
    }
    return w;
  }

  /** A word as a number uniform on [0, 1): its top 53 bits. */
  public static double unit(long word) {
    return (word >>> 11) * 0x1.0p-53;
  }

  /**
   * Alternative {@code ⌊u·n⌋} of {@code n}, with {@code u} = {@link #unit}: each equally likely.
   * (COINr's {@code sample_2_para} cuts the sample's observed range into {@code n} intervals with
   * R's {@code cut}; with a uniform sample both give each alternative probability {@code 1/n}, but
   * this one depends on the replication's own draw only.)
   */
  public static int discrete(long word, int n) {
    return Math.min(n - 1, (int) (unit(word) * n));
  }
}
