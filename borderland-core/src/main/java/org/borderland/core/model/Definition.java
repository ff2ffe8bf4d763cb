package org.borderland.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one indicator is computed from the panel for an aggressor A and a target T, as known in a
 * knowledge year Y. Each case is a record holding its parameters; {@link
 * org.borderland.core.indicator.RawCalculator} computes it. A value is missing, never zero, when
 * the sources do not say; where a list the Factbook prints in full (ethnic groups, languages, land
 * boundaries, memberships) leaves an item out, the item counts as 0 and the value's note says so.
 */
public sealed interface Definition
    permits Definition.KinShare,
        Definition.KinAbsolute,
        Definition.KinTrend,
        Definition.LanguageShare,
        Definition.BroadcastMention,
        Definition.DisputeMention,
        Definition.TerritorialThreat,
        Definition.LandBorder,
        Definition.Contiguity,
        Definition.GatewayCount,
        Definition.Ratio,
        Definition.BlocMembership,
        Definition.BlocAmbiguity,
        Definition.DefencePact,
        Definition.AlignmentTies,
        Definition.HedgingScore,
        Definition.UnDistance,
        Definition.UnVoteAgreement,
        Definition.EthnicFractionalisation,
        Definition.Fractionalisation,
        Definition.Polarisation,
        Definition.MajorPower,
        Definition.MidCount,
        Definition.CuratedCount,
        Definition.TargetValue {

  /** Which case this is. */
  Kind kind();

  /** One line saying what is computed, for explanations and documentation. */
  String describe();

  /** The cases, with the ids a model file uses and the parameters each takes. */
  enum Kind {
    /** See {@link KinShare}. */
    KIN_SHARE("kin_share"),
    /** See {@link KinAbsolute}. */
    KIN_ABSOLUTE("kin_absolute"),
    /** See {@link KinTrend}. */
    KIN_TREND("kin_trend", "years"),
    /** See {@link LanguageShare}. */
    LANGUAGE_SHARE("language_share"),
    /** See {@link BroadcastMention}. */
    BROADCAST_MENTION("broadcast_mention"),
    /** See {@link DisputeMention}. */
    DISPUTE_MENTION("dispute_mention"),
    /** See {@link TerritorialThreat}. */
    TERRITORIAL_THREAT("territorial_threat"),
    /** See {@link LandBorder}. */
    LAND_BORDER("land_border"),
    /** See {@link Contiguity}. */
    CONTIGUITY("contiguity"),
    /** See {@link GatewayCount}. */
    GATEWAY_COUNT("gateway_count", "measure"),
    /** See {@link Ratio}. */
    RATIO("ratio", "quantity"),
    /** See {@link BlocMembership}. */
    BLOC_MEMBERSHIP("bloc_membership", "blocs"),
    /** See {@link BlocAmbiguity}. */
    BLOC_AMBIGUITY("bloc_ambiguity"),
    /** See {@link DefencePact}. */
    DEFENCE_PACT("defence_pact", "partners"),
    /** See {@link AlignmentTies}. */
    ALIGNMENT_TIES("alignment_ties", "side"),
    /** See {@link HedgingScore}. */
    HEDGING_SCORE("hedging_score"),
    /** See {@link UnDistance}. */
    UN_DISTANCE("un_distance"),
    /** See {@link UnVoteAgreement}. */
    UN_VOTE_AGREEMENT("un_vote_agreement"),
    /** See {@link EthnicFractionalisation}. */
    ETHNIC_FRACTIONALISATION("ethnic_fractionalisation"),
    /** See {@link Fractionalisation}. */
    FRACTIONALISATION("fractionalisation"),
    /** See {@link Polarisation}. */
    POLARISATION("polarisation"),
    /** See {@link MajorPower}. */
    MAJOR_POWER("major_power", "of"),
    /** See {@link MidCount}. */
    MID_COUNT("mid_count", "years"),
    /** See {@link CuratedCount}. */
    CURATED_COUNT("curated_count", "factor", "verifiedOnly"),
    /** See {@link TargetValue}. */
    TARGET_VALUE("target_value", "indicator", "key");

    private final String id;
    private final List<String> parameters;

    Kind(String id, String... parameters) {
      this.id = id;
      this.parameters = List.of(parameters);
    }

    /** The id a model file uses, e.g. {@code kin_share}. */
    public String id() {
      return id;
    }

    /** The parameters this kind takes, by their model-file names. */
    public List<String> parameters() {
      return parameters;
    }

    /** The kind with this id, if any. */
    public static Optional<Kind> fromId(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** Every valid id, comma-separated, for messages. */
    public static String validIds() {
      return Arrays.stream(values()).map(Kind::id).collect(Collectors.joining(", "));
    }
  }

  /** What a ratio compares. */
  enum Quantity {
    /** Total population (persons). */
    POPULATION("population"),
    /** GDP at official exchange rates (USD). */
    GDP("gdp"),
    /** GDP at purchasing-power parity (USD). */
    GDP_PPP("gdp_ppp"),
    /**
     * Military expenditure in USD: {@code milex_usd} as printed, or {@code milex_gdp_pct ×
     * gdp_usd}; a value from as-known sources before one using a revised history, else whichever
     * describes the later year (a product is as old as its older part), else the printed figure.
     */
    MILITARY_SPENDING("military_spending"),
    /** COW composite index of national capability. */
    CINC("cinc"),
    /** Military personnel (persons). */
    MILITARY_PERSONNEL("military_personnel");

    private final String id;

    Quantity(String id) {
      this.id = id;
    }

    /** The id a model file uses. */
    public String id() {
      return id;
    }

    /** The quantity with this id, if any. */
    public static Optional<Quantity> fromId(String id) {
      return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }

    /** Every valid id, comma-separated, for messages. */
    public static String validIds() {
      return Arrays.stream(values()).map(Quantity::id).collect(Collectors.joining(", "));
    }
  }

  /** Whose organisations or partners: the aggressor's own, or its rivals'. */
  enum Side {
    /** The aggressor's: the blocs it leads, or the aggressor itself as a treaty partner. */
    AGGRESSOR("aggressor"),
    /**
     * Its rivals': the rival blocs the model names (NATO and the EU for Russia), and as treaty
     * partners its strategic rivals as known in the year (from the data, unless the model names
     * {@code rivalPartners}).
     */
    RIVAL("rival");

    private final String id;

    Side(String id) {
      this.id = id;
    }

    /** The id a model file uses. */
    public String id() {
      return id;
    }

    /** The side with this id, if any. */
    public static Optional<Side> fromId(String id) {
      return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** Every valid id, comma-separated, for messages. */
    public static String validIds() {
      return Arrays.stream(values()).map(Side::id).collect(Collectors.joining(", "));
    }
  }

  /** Whose status. */
  enum Role {
    /** The target's. */
    TARGET("target"),
    /** The aggressor's. */
    AGGRESSOR("aggressor");

    private final String id;

    Role(String id) {
      this.id = id;
    }

    /** The id a model file uses. */
    public String id() {
      return id;
    }

    /** The role with this id, if any. */
    public static Optional<Role> fromId(String id) {
      return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    /** Every valid id, comma-separated, for messages. */
    public static String validIds() {
      return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
  }

  /**
   * The share of T's population in A's core ethnic group ({@code ethnic_share}, key = one of the
   * group names the model gives for A), in %. Not listed in a reported list: 0.
   */
  record KinShare() implements Definition {
    @Override
    public Kind kind() {
      return Kind.KIN_SHARE;
    }

    @Override
    public String describe() {
      return "share of the target's population in the aggressor's core ethnic group";
    }
  }

  /** The number of people in A's core ethnic group in T: the kin share times T's population. */
  record KinAbsolute() implements Definition {
    @Override
    public Kind kind() {
      return Kind.KIN_ABSOLUTE;
    }

    @Override
    public String describe() {
      return "people of the aggressor's core ethnic group in the target (share × population)";
    }
  }

  /**
   * The change in the kin share, in percentage points, between the share as known {@code years}
   * before Y and as known in Y (with annual editions, the last {@code years} editions). Negative
   * when the group shrinks, e.g. by emigration.
   *
   * @param years how far back, ≥ 1
   */
  record KinTrend(int years) implements Definition {
    /** Requires at least one year. */
    public KinTrend {
      if (years < 1) {
        throw new IllegalArgumentException("kin_trend needs years ≥ 1, not " + years);
      }
    }

    @Override
    public Kind kind() {
      return Kind.KIN_TREND;
    }

    @Override
    public String describe() {
      return "change of the kin share over " + years + " years, percentage points";
    }
  }

  /**
   * The share of T's population speaking A's language ({@code language_share}, key = one of the
   * language names the model gives for A), in %; when several names are listed, the largest share.
   */
  record LanguageShare() implements Definition {
    @Override
    public Kind kind() {
      return Kind.LANGUAGE_SHARE;
    }

    @Override
    public String describe() {
      return "share of the target's population speaking the aggressor's language";
    }
  }

  /** 1 when T's Factbook "Broadcast media" text names A (its channels or its name), else 0. */
  record BroadcastMention() implements Definition {
    @Override
    public Kind kind() {
      return Kind.BROADCAST_MENTION;
    }

    @Override
    public String describe() {
      return "1 when the target's broadcast-media text names the aggressor";
    }
  }

  /** 1 when T's Factbook "Disputes - international" text names A, else 0. */
  record DisputeMention() implements Definition {
    @Override
    public Kind kind() {
      return Kind.DISPUTE_MENTION;
    }

    @Override
    public String describe() {
      return "1 when the target's international-disputes text names the aggressor";
    }
  }

  /** T's latent territorial threat (Miller 2022, {@code territorial_threat}). */
  record TerritorialThreat() implements Definition {
    @Override
    public Kind kind() {
      return Kind.TERRITORIAL_THREAT;
    }

    @Override
    public String describe() {
      return "the target's latent territorial threat";
    }
  }

  /**
   * The A–T land boundary in km from T's Factbook list ({@code land_border_km}, key A), else from
   * A's list; 0 when a reported list leaves the other out or the country has no land boundaries.
   */
  record LandBorder() implements Definition {
    @Override
    public Kind kind() {
      return Kind.LAND_BORDER;
    }

    @Override
    public String describe() {
      return "length of the aggressor–target land boundary";
    }
  }

  /**
   * Closeness by COW direct contiguity in force: {@code 6 − type}, so 5 for a land border, 4 for up
   * to 12 miles of water … 1 for up to 400 miles; 0 when COW lists no contiguity for the pair.
   */
  record Contiguity() implements Definition {
    @Override
    public Kind kind() {
      return Kind.CONTIGUITY;
    }

    @Override
    public String describe() {
      return "closeness by COW direct contiguity (6 − type; 0 when not contiguous)";
    }
  }

  /**
   * What T shields among the call's targets (the candidates): the targets every admissible path
   * from A's region passes through T to reach, under A's default transit rules (see the geography
   * package). Computed by a {@link GatewaySource}; missing, with a note saying so, when the
   * calculator has none.
   *
   * @param measure what is counted: the shielded states, or their total population
   */
  record GatewayCount(Measure measure) implements Definition {
    /** Counts states. */
    public GatewayCount() {
      this(Measure.STATES);
    }

    /** Requires the measure. */
    public GatewayCount {
      Objects.requireNonNull(measure, "measure");
    }

    /** What a gateway indicator adds up over the states T shields. */
    public enum Measure {
      /** The number of shielded candidates. */
      STATES("states"),
      /** The shielded candidates' total population, as known (missing when one is missing). */
      POPULATION("population");

      private final String id;

      Measure(String id) {
        this.id = id;
      }

      /** The id a model file uses. */
      public String id() {
        return id;
      }

      /** The measure with this id, if any. */
      public static Optional<Measure> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
      }

      /** Every valid id, comma-separated, for messages. */
      public static String validIds() {
        return Arrays.stream(values()).map(Measure::id).collect(Collectors.joining(", "));
      }
    }

    @Override
    public Kind kind() {
      return Kind.GATEWAY_COUNT;
    }

    @Override
    public String describe() {
      return measure == Measure.STATES
          ? "candidate states the aggressor can reach only through the target"
          : "population of the candidate states the aggressor can reach only through the target";
    }
  }

  /**
   * A's quantity divided by T's.
   *
   * @param quantity what is compared
   */
  record Ratio(Quantity quantity) implements Definition {
    /** Requires the quantity. */
    public Ratio {
      Objects.requireNonNull(quantity, "quantity");
    }

    @Override
    public Kind kind() {
      return Kind.RATIO;
    }

    @Override
    public String describe() {
      return "aggressor's " + quantity.id().replace('_', ' ') + " ÷ target's";
    }
  }

  /**
   * How many of one side's organisations T belongs to ({@code member_of}): the blocs A leads (CSTO,
   * EAEU, CIS for Russia) or the rival blocs (NATO, EU), as the model names them for A.
   *
   * @param blocs whose blocs
   */
  record BlocMembership(Side blocs) implements Definition {
    /** Requires the side. */
    public BlocMembership {
      Objects.requireNonNull(blocs, "blocs");
    }

    @Override
    public Kind kind() {
      return Kind.BLOC_MEMBERSHIP;
    }

    @Override
    public String describe() {
      return blocs == Side.AGGRESSOR
          ? "number of aggressor-led blocs the target belongs to"
          : "number of rival blocs the target belongs to";
    }
  }

  /**
   * Hedging: the number of A-led blocs T belongs to times T's UN ideal-point distance from A. High
   * for a member that votes away from A; 0 for a non-member; low for a loyal member.
   */
  record BlocAmbiguity() implements Definition {
    @Override
    public Kind kind() {
      return Kind.BLOC_AMBIGUITY;
    }

    @Override
    public String describe() {
      return "aggressor-led blocs the target belongs to × its UN distance from the aggressor";
    }
  }

  /**
   * 1 when T has an ATOP defence pact in force with A ({@code partners: aggressor}) or with any of
   * A's rivals ({@code partners: rival}: its strategic rivals as known in Y, or the {@code
   * rivalPartners} the model names for A), else 0.
   *
   * @param partners with whom
   */
  record DefencePact(Side partners) implements Definition {
    /** Requires the side. */
    public DefencePact {
      Objects.requireNonNull(partners, "partners");
    }

    @Override
    public Kind kind() {
      return Kind.DEFENCE_PACT;
    }

    @Override
    public String describe() {
      return partners == Side.AGGRESSOR
          ? "1 when the target has a defence pact with the aggressor"
          : "1 when the target has a defence pact with a rival power";
    }
  }

  /**
   * T's ties with one side, counted: with A ({@code side: aggressor}), 1 for an ATOP defence or
   * offence pact in force with A plus the A-led blocs T belongs to ({@code blocs}, where the model
   * names them); with A's rivals ({@code side: rival}), the rivals T has such a pact with plus the
   * rival blocs it belongs to ({@code rivalBlocs}). A's rivals are its strategic rivals as known in
   * Y (Thompson, Sakuwa and Suhas; after the data end in 2020, the last known, flagged), unless the
   * model names {@code rivalPartners}.
   *
   * @param side with whom
   */
  record AlignmentTies(Side side) implements Definition {
    /** Requires the side. */
    public AlignmentTies {
      Objects.requireNonNull(side, "side");
    }

    @Override
    public Kind kind() {
      return Kind.ALIGNMENT_TIES;
    }

    @Override
    public String describe() {
      return side == Side.AGGRESSOR
          ? "alliances with the aggressor and aggressor-led blocs the target belongs to"
          : "alliances with the aggressor's rivals and rival blocs the target belongs to";
    }
  }

  /**
   * Hedging, in [0, 1]: T's alignment with A times its alignment with A's rivals. With s = d_A /
   * (d_A + d_R), T's UN ideal-point distance to A over the sum with its mean distance to the rivals
   * (its UN lean toward the rivals): tied ({@link AlignmentTies}) to both sides, 1; tied to A
   * alone, s; tied to neither, (1 − s) × s; tied to the rivals alone, 0 (the formal tie decides: a
   * rival can sit far from its own allies on the UN scale). 0 for one of A's rivals itself, and,
   * when A has no rival, unless T is in blocs on both sides.
   */
  record HedgingScore() implements Definition {
    @Override
    public Kind kind() {
      return Kind.HEDGING_SCORE;
    }

    @Override
    public String describe() {
      return "alignment with the aggressor × alignment with its rivals (ties, else UN lean)";
    }
  }

  /** |UN ideal point of A − UN ideal point of T|. */
  record UnDistance() implements Definition {
    @Override
    public Kind kind() {
      return Kind.UN_DISTANCE;
    }

    @Override
    public String describe() {
      return "distance between the aggressor's and the target's UN ideal points";
    }
  }

  /**
   * The share of UN General Assembly votes in which T voted as A did. The panel holds agreement
   * only with the five permanent members; for other aggressors it is missing.
   */
  record UnVoteAgreement() implements Definition {
    @Override
    public Kind kind() {
      return Kind.UN_VOTE_AGREEMENT;
    }

    @Override
    public String describe() {
      return "share of UN General Assembly votes in which the target voted as the aggressor";
    }
  }

  /** T's ethnic fractionalisation as CREG gives it (to 2013). */
  record EthnicFractionalisation() implements Definition {
    @Override
    public Kind kind() {
      return Kind.ETHNIC_FRACTIONALISATION;
    }

    @Override
    public String describe() {
      return "the target's ethnic fractionalisation (CREG)";
    }
  }

  /**
   * T's ethnic fractionalisation computed from its ethnic shares as known in Y: {@code 1 − Σ sᵢ²},
   * the chance that two people drawn at random belong to different groups (Alesina et al. 2003,
   * "Fractionalization", Journal of Economic Growth 8: 155–194). The shares are those of the newest
   * edition of T's list; see {@code org.borderland.core.indicator.EthnicMix} for how unknown and
   * residual shares are treated.
   */
  record Fractionalisation() implements Definition {
    @Override
    public Kind kind() {
      return Kind.FRACTIONALISATION;
    }

    @Override
    public String describe() {
      return "the target's ethnic fractionalisation, 1 − Σ s², from its ethnic shares";
    }
  }

  /**
   * T's ethnic polarisation computed from its ethnic shares as known in Y: {@code 4 Σ sᵢ² (1 −
   * sᵢ)}, highest (1) for two groups of one half each (Reynal-Querol 2002, "Ethnicity, Political
   * Systems, and Civil Wars", Journal of Conflict Resolution 46: 29–54; Montalvo and Reynal-Querol
   * 2005, American Economic Review 95: 796–816).
   */
  record Polarisation() implements Definition {
    @Override
    public Kind kind() {
      return Kind.POLARISATION;
    }

    @Override
    public String describe() {
      return "the target's ethnic polarisation, 4 Σ s² (1 − s), from its ethnic shares";
    }
  }

  /**
   * 1 when the target (or the aggressor) held COW major-power status, else 0.
   *
   * @param of whose status
   */
  record MajorPower(Role of) implements Definition {
    /** Requires the role. */
    public MajorPower {
      Objects.requireNonNull(of, "of");
    }

    @Override
    public Kind kind() {
      return Kind.MAJOR_POWER;
    }

    @Override
    public String describe() {
      return "1 when the " + of.id() + " is a major power";
    }
  }

  /**
   * The number of militarised interstate disputes A originated against T that began in the last
   * {@code years} years up to Y (COW MID).
   *
   * @param years the window, ≥ 1
   */
  record MidCount(int years) implements Definition {
    /** Requires at least one year. */
    public MidCount {
      if (years < 1) {
        throw new IllegalArgumentException("mid_count needs years ≥ 1, not " + years);
      }
    }

    @Override
    public Kind kind() {
      return Kind.MID_COUNT;
    }

    @Override
    public String describe() {
      return "militarised disputes the aggressor began against the target in " + years + " years";
    }
  }

  /**
   * The number of curated, cited facts informing one factor for the pair, known by the end of Y;
   * missing, not zero, when the pair and factor were never researched.
   *
   * @param factor the curated factor id, e.g. {@code territorial_claims}
   * @param verifiedOnly whether to count only facts someone verified
   */
  record CuratedCount(String factor, boolean verifiedOnly) implements Definition {
    /** Requires the factor id. */
    public CuratedCount {
      Objects.requireNonNull(factor, "factor");
      if (factor.isBlank()) {
        throw new IllegalArgumentException("curated_count needs a factor");
      }
    }

    @Override
    public Kind kind() {
      return Kind.CURATED_COUNT;
    }

    @Override
    public String describe() {
      return "curated facts about " + factor + (verifiedOnly ? " (verified only)" : "");
    }
  }

  /**
   * Any panel series of T, as known: an escape hatch for monadic indicators without a kind of their
   * own.
   *
   * @param indicator the panel indicator id
   * @param key the key, or empty
   */
  record TargetValue(String indicator, String key) implements Definition {
    /** Requires the indicator; an absent key is empty. */
    public TargetValue {
      Objects.requireNonNull(indicator, "indicator");
      key = key == null ? "" : key;
    }

    @Override
    public Kind kind() {
      return Kind.TARGET_VALUE;
    }

    @Override
    public String describe() {
      return "the target's " + indicator + (key.isEmpty() ? "" : " (" + key + ")");
    }
  }
}
