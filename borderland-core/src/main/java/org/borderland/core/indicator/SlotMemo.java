package org.borderland.core.indicator;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;

/**
 * What each country yields per indicator slot and knowledge year, computed once per calculator: the
 * one memo behind every indicator family. A slot holds what one side of a pair yields whatever the
 * other side is (a target's population, its kin share under one list of group names, its broadcast
 * text, an aggressor's main group), so it is computed once and reused for every other pair; what
 * depends on the pair but not the year (a pair nobody researched) is kept once per pair.
 *
 * <p>Slots are grouped by country and year, so that scoring one year reads one small array per
 * country. A hit looks the indicator's position up and reads two arrays, and allocates nothing: the
 * {@link Fill} a caller passes captures nothing (its inputs come as arguments), so a call site
 * makes no object, and it runs only on a miss. Safe to use from several threads: a race may compute
 * a value twice, but every caller gets the value stored first.
 */
final class SlotMemo {
  /** The country's value (a quantity, a series, a text). */
  static final int MAIN = 0;

  /** A second series (the population behind a kin number). */
  static final int AUX = 1;

  /** An answer that depends on the aggressor alone (a missing setting), in its slots. */
  static final int AGGRESSOR_ONLY = 2;

  /**
   * Slots per indicator in a country's year: {@link #MAIN}, {@link #AUX}, {@link #AGGRESSOR_ONLY}.
   */
  private static final int SLOTS_PER_SPEC = 3;

  /** The first knowledge year kept; years outside {@code FIRST_YEAR + YEARS} are not cached. */
  static final int FIRST_YEAR = 1900;

  /** How many knowledge years are kept, from {@link #FIRST_YEAR}. */
  static final int YEARS = 250;

  private static final VarHandle ELEMENT = MethodHandles.arrayElementVarHandle(Object[].class);

  /** The model's indicators, in order: a spec's position is its index into the slots. */
  private final IndicatorSpec[] specs;

  /** Indicator id → position; {@link #indexOf} checks the spec found is the one asked for. */
  private final Map<String, Integer> specIndex = new HashMap<>();

  /** A list of names (kin groups, languages) → its dense id, for {@link #share}. */
  private final ConcurrentHashMap<List<String>, Integer> namesIds = new ConcurrentHashMap<>();

  private final int slotsPerSpec = SLOTS_PER_SPEC;
  private final ConcurrentHashMap<String, Slots> byCountry = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  /**
   * Computes the value of one slot on a miss, from its arguments alone: a constant lambda or an
   * unbound method reference, never one that captures a variable (that would make an object at
   * every call, hit or miss).
   *
   * @param <C> what computes it, typically the family
   * @param <A> one input besides the slot's own
   * @param <T> the value
   */
  @FunctionalInterface
  interface Fill<C, A, T> {
    /** The value of {@code spec}'s slot for {@code country} as known in {@code year}. */
    T fill(C context, A argument, String country, int year, IndicatorSpec spec);
  }

  /**
   * Computes the value of a pair that does not depend on the year, on a miss; captures nothing, as
   * a {@link Fill}.
   */
  @FunctionalInterface
  interface PairFill<C, T> {
    /** The value of {@code spec} for the pair. */
    T fill(C context, String aggressor, String target, IndicatorSpec spec);
  }

  /** The slots of one country, whichever side of a pair it is on. */
  static final class Slots {
    /** The country's code. */
    final String country;

    /** A number for the country, dense within this memo: its index in an aggressor's pairs. */
    final int id;

    /** By year since {@link #FIRST_YEAR}, then by {@code spec × slotsPerSpec + slot}. */
    final Object[][] years = new Object[YEARS][];

    /**
     * By year since {@link #FIRST_YEAR}, then by {@code namesId × indicators + spec}: a share under
     * one list of names. Grown on demand.
     */
    final Object[][] shares = new Object[YEARS][];

    final int size;

    /**
     * Per indicator, what this country as aggressor yields with a target whatever the year, by the
     * target's {@link #id}. Grown on demand; a race only loses an entry, computed again.
     */
    final Object[][] pairs;

    Slots(String country, int id, int size, int indicators) {
      this.country = country;
      this.id = id;
      this.size = size;
      this.pairs = new Object[indicators][];
    }
  }

  /**
   * A memo for the indicators of one model.
   *
   * @param specs the model's indicators, in order
   */
  SlotMemo(List<IndicatorSpec> specs) {
    this.specs = specs.toArray(IndicatorSpec[]::new);
    for (IndicatorSpec spec : this.specs) {
      specIndex.put(spec.id(), specIndex.size());
    }
  }

  /** The slots of a country, made on first use. */
  Slots of(String country) {
    Slots m = byCountry.get(country);
    if (m == null) {
      m =
          byCountry.computeIfAbsent(
              country,
              c -> new Slots(c, ids.getAndIncrement(), specs.length * slotsPerSpec, specs.length));
    }
    return m;
  }

  /**
   * The id of a list of names (an aggressor's kin groups or languages, as its entry or the model
   * names them): the same list has the same id, whichever aggressor names it, so a target's share
   * under it is computed once. Ids are dense from 0.
   */
  int namesId(List<String> names) {
    Integer id = namesIds.get(names);
    if (id == null) {
      synchronized (namesIds) {
        id = namesIds.computeIfAbsent(List.copyOf(names), _ -> namesIds.size());
      }
    }
    return id;
  }

  /**
   * A target's share under one list of names ({@link #namesId}) for {@code spec} and {@code year},
   * computed by {@code fill} the first time; as {@link #get}, a hit allocates nothing.
   */
  @SuppressWarnings("unchecked")
  <C, A, T> T share(
      Slots m,
      int namesId,
      int year,
      IndicatorSpec spec,
      C context,
      A argument,
      Fill<C, A, T> fill) {
    int i = indexOf(spec);
    int y = year - FIRST_YEAR;
    if (i < 0 || y < 0 || y >= YEARS) {
      return fill.fill(context, argument, m.country, year, spec);
    }
    int k = namesId * specs.length + i;
    Object[] byName = m.shares[y];
    if (byName != null && k < byName.length) {
      Object v = byName[k];
      if (v != null) {
        return (T) v;
      }
    }
    return (T)
        store(
            grown(m.shares, y, k, specs.length * 8),
            k,
            fill.fill(context, argument, m.country, year, spec));
  }

  /**
   * The position of a spec in the model, or -1 for a spec from outside it (even one with a model
   * indicator's id). Looked up by id, whose hash the string keeps, then checked by identity.
   */
  int indexOf(IndicatorSpec spec) {
    Integer i = specIndex.get(spec.id());
    return i != null && specs[i] == spec ? i : -1;
  }

  /**
   * The missing value of an indicator the model does not describe for the call's aggressor ("the
   * model names no language for RUS; add languages under aggressors: RUS"), kept once per aggressor
   * and year.
   *
   * @param what what the model names none of, with its preposition (e.g. {@code "language for"})
   * @param key the model file's key that would name it (e.g. {@code "languages"})
   */
  RawValue notDescribed(Call p, IndicatorSpec spec, String what, String key) {
    return get(
        p.slots(),
        AGGRESSOR_ONLY,
        p.year(),
        spec,
        what,
        key,
        (w, k, a, _, s) ->
            RawValue.missing(
                s.unit(),
                "the model names no " + w + " " + a + "; add " + k + " under aggressors: " + a));
  }

  /**
   * The value in one slot of a country's memo for {@code spec} and {@code year}, computed by {@code
   * fill} the first time. A spec from outside the model, or a year out of range, is computed every
   * time. A slot is filled from one call site only, so its value has the type that site asks for.
   *
   * @param slot {@link #MAIN}, {@link #AUX} or {@link #AGGRESSOR_ONLY}
   */
  @SuppressWarnings("unchecked")
  <C, A, T> T get(
      Slots m, int slot, int year, IndicatorSpec spec, C context, A argument, Fill<C, A, T> fill) {
    int i = indexOf(spec);
    int y = year - FIRST_YEAR;
    if (i < 0 || y < 0 || y >= YEARS) {
      return fill.fill(context, argument, m.country, year, spec);
    }
    int k = i * slotsPerSpec + slot;
    Object[] slots = m.years[y];
    if (slots != null) {
      Object v = slots[k];
      if (v != null) {
        return (T) v;
      }
    }
    return (T) store(yearSlots(m, y), k, fill.fill(context, argument, m.country, year, spec));
  }

  /**
   * A value for a pair that does not depend on the year, kept in the aggressor's slots by target (a
   * call reads one array along its targets): computed by {@code fill} the first time.
   */
  @SuppressWarnings("unchecked")
  <C, T> T pair(Slots aggressor, Slots target, IndicatorSpec spec, C context, PairFill<C, T> fill) {
    int i = indexOf(spec);
    if (i < 0) {
      return fill.fill(context, aggressor.country, target.country, spec);
    }
    Object[] byTarget = aggressor.pairs[i];
    if (byTarget != null && target.id < byTarget.length) {
      Object v = byTarget[target.id];
      if (v != null) {
        return (T) v;
      }
    }
    return (T)
        store(
            grown(aggressor.pairs, i, target.id, 256),
            target.id,
            fill.fill(context, aggressor.country, target.country, spec));
  }

  /** The slots of one year, made once: a race does not replace a filled array. */
  private static Object[] yearSlots(Slots m, int y) {
    Object[] slots = (Object[]) ELEMENT.getVolatile(m.years, y);
    if (slots == null) {
      Object[] fresh = new Object[m.size];
      Object won = ELEMENT.compareAndExchange(m.years, y, null, fresh);
      slots = won == null ? fresh : (Object[]) won;
    }
    return slots;
  }

  /**
   * The array at {@code arrays[i]}, grown to hold index {@code k} (an aggressor's pair slots of one
   * indicator, a country's shares of one year). A race only loses entries, computed again.
   */
  private static Object[] grown(Object[][] arrays, int i, int k, int initial) {
    while (true) {
      Object[] old = (Object[]) ELEMENT.getVolatile(arrays, i);
      if (old != null && k < old.length) {
        return old;
      }
      Object[] grown = new Object[Math.max(k + 1, old == null ? initial : 2 * old.length)];
      if (old != null) {
        System.arraycopy(old, 0, grown, 0, old.length);
      }
      if (ELEMENT.compareAndSet(arrays, i, old, grown)) {
        return grown;
      }
    }
  }

  /** Stores {@code v} unless a value is there already; returns the value kept. */
  private static Object store(Object[] slots, int k, Object v) {
    Object won = ELEMENT.compareAndExchange(slots, k, null, v);
    return won == null ? v : won;
  }
}
