package org.borderland.core.indicator;

import java.util.List;
import java.util.Map;
import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.CuratedCounts;
import org.borderland.core.model.Definition;
import org.borderland.core.model.Definition.AlignmentTies;
import org.borderland.core.model.Definition.BlocAmbiguity;
import org.borderland.core.model.Definition.BlocMembership;
import org.borderland.core.model.Definition.BroadcastMention;
import org.borderland.core.model.Definition.Contiguity;
import org.borderland.core.model.Definition.CuratedCount;
import org.borderland.core.model.Definition.DefencePact;
import org.borderland.core.model.Definition.DisputeMention;
import org.borderland.core.model.Definition.EthnicFractionalisation;
import org.borderland.core.model.Definition.Fractionalisation;
import org.borderland.core.model.Definition.GatewayCount;
import org.borderland.core.model.Definition.HedgingScore;
import org.borderland.core.model.Definition.KinAbsolute;
import org.borderland.core.model.Definition.KinShare;
import org.borderland.core.model.Definition.KinTrend;
import org.borderland.core.model.Definition.LandBorder;
import org.borderland.core.model.Definition.LanguageShare;
import org.borderland.core.model.Definition.MajorPower;
import org.borderland.core.model.Definition.MidCount;
import org.borderland.core.model.Definition.Polarisation;
import org.borderland.core.model.Definition.Ratio;
import org.borderland.core.model.Definition.TargetValue;
import org.borderland.core.model.Definition.TerritorialThreat;
import org.borderland.core.model.Definition.UnDistance;
import org.borderland.core.model.Definition.UnVoteAgreement;
import org.borderland.core.model.IndicatorSpec;
import org.borderland.core.model.RawValue;
import org.borderland.core.panel.PanelIndex;

/**
 * The indicator families of one calculator, and the dispatch that routes each {@link Definition} to
 * its family: an exhaustive switch over the sealed interface, so a new case does not compile until
 * it is routed here. They share one {@link SlotMemo} and one {@link SeriesReader}.
 */
final class Families {
  final SeriesReader reader;
  final KinAndLanguage kin;
  final EthnicMix mix;
  final TextMentions texts;
  final BordersAndGateways borders;
  final Capabilities capabilities;
  final UnVotes un;
  final BlocsAndPacts blocs;
  final Alignment alignment;
  final Disputes disputes;
  final CuratedFacts curated;

  Families(PanelIndex index, CuratedCounts curated, SlotMemo memo, List<IndicatorSpec> specs) {
    this.reader = new SeriesReader(index, memo, specs);
    this.kin = new KinAndLanguage(reader, memo);
    this.mix = new EthnicMix(index, memo);
    this.texts = new TextMentions(index, memo);
    this.borders = new BordersAndGateways(reader, memo);
    this.capabilities = new Capabilities(reader, memo);
    this.un = new UnVotes(reader, memo);
    this.blocs = new BlocsAndPacts(reader, memo, un);
    this.alignment = new Alignment(reader, memo, blocs);
    this.disputes = new Disputes(reader);
    this.curated = new CuratedFacts(curated, memo);
  }

  /**
   * One cell: the raw value of {@code spec} for target {@code t} in call {@code p}.
   *
   * @param aSide the aggressor's side of {@code spec} in this call
   * @param tm the target's memo slots
   * @param blocChanges a scenario's changes to the target's bloc memberships (bloc name → member or
   *     not), read by the bloc and alignment kinds only; usually empty
   */
  RawValue cell(
      Call p,
      AggressorSide aSide,
      IndicatorSpec spec,
      String t,
      Slots tm,
      Map<String, Boolean> blocChanges) {
    return switch (spec.definition()) {
      case KinShare _ -> kin.kinShare(p, t, tm, p.year(), spec);
      case KinAbsolute _ -> kin.kinAbsolute(p, t, tm, spec);
      case KinTrend(var years) -> kin.kinTrend(p, t, tm, years, spec);
      case LanguageShare _ -> kin.languageShare(p, t, tm, spec);
      case BroadcastMention _ -> texts.mention(p, t, tm, TextMentions.BROADCAST, spec);
      case DisputeMention _ -> texts.mention(p, t, tm, TextMentions.DISPUTES, spec);
      case TerritorialThreat _ ->
          reader.monadic(tm, SeriesReader.TERRITORIAL_THREAT, p.year(), spec);
      case LandBorder _ -> borders.landBorder(p, t, spec);
      case Contiguity _ -> borders.contiguity(p, t, spec);
      case GatewayCount(var measure) -> borders.gateway(p, t, measure, spec);
      case Ratio(var quantity) ->
          capabilities.ratio(p, aSide.quantity(quantity), t, tm, quantity, spec);
      case BlocMembership(var side) -> blocs.blocMembership(p, t, side, spec, blocChanges);
      case BlocAmbiguity _ -> blocs.blocAmbiguity(p, aSide, t, tm, spec, blocChanges);
      case DefencePact(var partners) -> blocs.defencePact(p, aSide, t, partners, spec);
      case AlignmentTies(var side) -> alignment.ties(p, aSide, t, side, spec, blocChanges);
      case HedgingScore _ -> alignment.hedging(p, aSide, t, tm, spec, blocChanges);
      case UnDistance _ -> un.unDistance(p, aSide, t, tm, spec);
      case UnVoteAgreement _ -> un.unVoteAgreement(p, t, spec);
      case EthnicFractionalisation _ ->
          reader.monadic(tm, SeriesReader.ETHNIC_FRACTIONALISATION, p.year(), spec);
      case Fractionalisation _ -> mix.fractionalisation(tm, p.year(), spec);
      case Polarisation _ -> mix.polarisation(tm, p.year(), spec);
      case MajorPower(var of) -> capabilities.majorPower(p, t, of, spec);
      case MidCount(var years) -> disputes.midCount(p, aSide, t, years, spec);
      case CuratedCount c -> curated.curatedCount(p, t, tm, c, spec);
      case TargetValue series -> reader.monadic(tm, series, p.year(), spec);
    };
  }
}
