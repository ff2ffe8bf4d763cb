package org.borderland.data.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.Kind;
import org.borderland.core.panel.Indicator;
import org.borderland.core.panel.Indicators;
import org.borderland.data.curated.Factor;
import org.borderland.data.yaml.YamlFields;
import org.borderland.data.yaml.YamlTree.MapNode;
import org.borderland.data.yaml.YamlTree.Node;

/**
 * Reads an indicator's {@code definition: {kind: …, …}} in a model file into a checked {@link
 * Definition}: a known kind, only that kind's parameters, each value allowed (curated factors and
 * panel indicators by name). Problems are recorded in the reader's {@link YamlFields}.
 */
final class DefinitionReader {
  private final YamlFields fields;

  /** A reader recording its problems in {@code fields}. */
  DefinitionReader(YamlFields fields) {
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /**
   * The definition under {@code definition} of the indicator {@code m} at {@code path}; null
   * (recorded) when it is missing or bad.
   */
  Definition definition(MapNode m, String path) {
    Node n = m.get("definition");
    String dp = path + ".definition";
    if (n == null) {
      fields.problem(
          m, dp, "Missing field 'definition': give {kind: …}; kinds: " + Kind.validIds());
      return null;
    }
    MapNode d = fields.map(n, dp);
    if (d == null) {
      return null;
    }
    String kindId = fields.text(d, "kind", dp, true);
    if (kindId == null) {
      return null;
    }
    Optional<Kind> kind = Kind.fromId(kindId);
    if (kind.isEmpty()) {
      fields.unknown(
          d.get("kind"),
          dp + ".kind",
          "kind",
          kindId,
          Arrays.stream(Kind.values()).map(Kind::id).toList());
      return null;
    }
    Kind k = kind.get();
    List<String> allowed = new ArrayList<>(k.parameters());
    allowed.add(0, "kind");
    fields.onlyKeys(d, allowed, dp);
    try {
      switch (k) {
        case KIN_SHARE:
          return new Definition.KinShare();
        case KIN_ABSOLUTE:
          return new Definition.KinAbsolute();
        case KIN_TREND:
          {
            Integer years = fields.integer(d, "years", dp, true, 1, ModelReader.MAX_YEARS);
            return years == null ? null : new Definition.KinTrend(years);
          }
        case LANGUAGE_SHARE:
          return new Definition.LanguageShare();
        case BROADCAST_MENTION:
          return new Definition.BroadcastMention();
        case DISPUTE_MENTION:
          return new Definition.DisputeMention();
        case TERRITORIAL_THREAT:
          return new Definition.TerritorialThreat();
        case LAND_BORDER:
          return new Definition.LandBorder();
        case CONTIGUITY:
          return new Definition.Contiguity();
        case GATEWAY_COUNT:
          {
            String measure = fields.text(d, "measure", dp, false);
            if (measure == null) {
              return d.get("measure") == null ? new Definition.GatewayCount() : null;
            }
            Optional<Definition.GatewayCount.Measure> found =
                Definition.GatewayCount.Measure.fromId(measure);
            if (found.isEmpty()) {
              fields.unknown(
                  d.get("measure"),
                  dp + ".measure",
                  "measure",
                  measure,
                  Arrays.stream(Definition.GatewayCount.Measure.values())
                      .map(Definition.GatewayCount.Measure::id)
                      .toList());
              return null;
            }
            return new Definition.GatewayCount(found.get());
          }
        case RATIO:
          {
            Definition.Quantity q =
                fields.choice(
                    d,
                    "quantity",
                    dp,
                    Definition.Quantity::fromId,
                    Definition.Quantity.values(),
                    Definition.Quantity::id);
            return q == null ? null : new Definition.Ratio(q);
          }
        case BLOC_MEMBERSHIP:
          {
            Definition.Side s =
                fields.choice(
                    d,
                    "blocs",
                    dp,
                    Definition.Side::fromId,
                    Definition.Side.values(),
                    Definition.Side::id);
            return s == null ? null : new Definition.BlocMembership(s);
          }
        case BLOC_AMBIGUITY:
          return new Definition.BlocAmbiguity();
        case DEFENCE_PACT:
          {
            Definition.Side s =
                fields.choice(
                    d,
                    "partners",
                    dp,
                    Definition.Side::fromId,
                    Definition.Side.values(),
                    Definition.Side::id);
            return s == null ? null : new Definition.DefencePact(s);
          }
        case ALIGNMENT_TIES:
          {
            Definition.Side s =
                fields.choice(
                    d,
                    "side",
                    dp,
                    Definition.Side::fromId,
                    Definition.Side.values(),
                    Definition.Side::id);
            return s == null ? null : new Definition.AlignmentTies(s);
          }
        case HEDGING_SCORE:
          return new Definition.HedgingScore();
        case UN_DISTANCE:
          return new Definition.UnDistance();
        case UN_VOTE_AGREEMENT:
          return new Definition.UnVoteAgreement();
        case ETHNIC_FRACTIONALISATION:
          return new Definition.EthnicFractionalisation();
        case FRACTIONALISATION:
          return new Definition.Fractionalisation();
        case POLARISATION:
          return new Definition.Polarisation();
        case MAJOR_POWER:
          {
            Definition.Role r =
                fields.choice(
                    d,
                    "of",
                    dp,
                    Definition.Role::fromId,
                    Definition.Role.values(),
                    Definition.Role::id);
            return r == null ? null : new Definition.MajorPower(r);
          }
        case MID_COUNT:
          {
            Integer years = fields.integer(d, "years", dp, true, 1, ModelReader.MAX_YEARS);
            return years == null ? null : new Definition.MidCount(years);
          }
        case CURATED_COUNT:
          {
            String f = fields.text(d, "factor", dp, true);
            Boolean verified = fields.bool(d, "verifiedOnly", dp);
            if (f == null) {
              return null;
            }
            if (Factor.fromId(f).isEmpty()) {
              fields.unknown(
                  d.get("factor"),
                  dp + ".factor",
                  "curated factor",
                  f,
                  Arrays.stream(Factor.values()).map(Factor::id).toList());
              return null;
            }
            return new Definition.CuratedCount(f, verified != null && verified);
          }
        case TARGET_VALUE:
          {
            String ind = fields.text(d, "indicator", dp, true);
            String key = fields.text(d, "key", dp, false);
            if (ind == null) {
              return null;
            }
            if (Indicators.find(ind).isEmpty()) {
              List<String> ids = Indicators.all().stream().map(Indicator::id).toList();
              fields.unknown(d.get("indicator"), dp + ".indicator", "panel indicator", ind, ids);
              return null;
            }
            return new Definition.TargetValue(ind, key);
          }
        default:
          fields.problem(d, dp + ".kind", "Kind '" + kindId + "' cannot be read yet");
          return null;
      }
    } catch (IllegalArgumentException e) {
      fields.problem(d, dp, e.getMessage());
      return null;
    }
  }
}
