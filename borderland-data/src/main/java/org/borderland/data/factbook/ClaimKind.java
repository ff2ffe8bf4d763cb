package org.borderland.data.factbook;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sentence of a "Disputes - international" text says, by a few keyword rules: a claim of a
 * kind that counts (a territorial claim, occupation, annexation, support for or recognition of a
 * breakaway region, a boundary undemarcated, undelimited or disputed) or another kind of mention
 * (monitoring, refugees, smuggling, water, a settled boundary…), which does not.
 *
 * <p>The rules, tried in this order on the sentence (case ignored):
 *
 * <ol>
 *   <li>Phrases that end or deny a claim are set aside first: "no longer claims", "dropped its
 *       claim", "ended earlier claims", "claims were withdrawn", "the dispute was resolved",
 *       "ending a dispute", "once disputed", "none identified". The rest of the sentence is what
 *       the next rules read.
 *   <li>{@link #BREAKAWAY}: "recognition … independence", "separatist", "breakaway", "break-away",
 *       "secession", "self-proclaimed", "so-called", "X-backed", "support … independence".
 *   <li>{@link #ANNEXATION}: "annex…".
 *   <li>{@link #OCCUPATION}: "occupy", "occupied", "occupation", "de facto control/administration",
 *       "seized", "military presence in". ("Invasion" is not a cue: Slovakia's "refugees … escape
 *       the Russian invasion in their country" is about Ukraine.)
 *   <li>{@link #CLAIM}: "claim…", "counterclaim", "sovereignty", "contests", "irredentist",
 *       "question with" (the "South Tyrol question with Austria"), "part of its territory".
 *   <li>{@link #BOUNDARY}, when one of:
 *       <ul>
 *         <li>a boundary or territory word (boundary, border, frontier, line, maritime,
 *             delimitation, demarcation, island, territory, area, region, enclave, seabed…) and a
 *             word saying it is not settled: undemarcated, undelimited, undefined, indefinite,
 *             unresolved, unsigned, unratified, disputed, dispute, discrepancies, insists, "not
 *             (yet) demarcated/delimited/signed/ratified…", "yet to", pending, awaits, disagree,
 *             differences, "no resolution", incidents, clashes, protests, rejects, refuses,
 *             accuses, incursion, encroach, hesitant, delayed, stalled, defer, "expected to be
 *             completed", "scheduled for completion", "nearing completion";
 *         <li>a boundary or territory word and a word saying work goes on (negotiations, talks,
 *             commission, nearing, scheduled, demarcation ongoing or commenced, "to delimit"), when
 *             no word says it is settled (rule 8);
 *         <li>"dispute (with X) over" or "status of" before a capitalised place ("potential dispute
 *             with Russia over Crimea", "status of Kashmir");
 *         <li>a bare list item of the early editions, "boundary with India", which the field lists
 *             as a dispute.
 *       </ul>
 *   <li>{@link #RESOLVED} when rule 1 set a phrase aside and nothing above matched.
 *   <li>{@link #SETTLED}: a boundary word with one saying it is settled (completed, signed,
 *       ratified, agreed, agreement, settled, resolved, demarcated, delimited, treaty, accord,
 *       ruling, awarded).
 *   <li>{@link #MONITORING} (monitor, observer, peacekeeping, patrol, ceasefire, mission), {@link
 *       #REFUGEES} (refugees, displaced, asylum, repatriation, migrants), {@link #TRAFFICKING}
 *       (smuggling, trafficking, illegal, narcotics), {@link #WATER} (dam, water, river, fishing,
 *       canal), in this order; else {@link #OTHER}.
 * </ol>
 *
 * <p>The kind is the sentence's, not the role of each country it names: in "Honduras claims the
 * Sapodilla Cays … should Guatemala consent", Guatemala is named in a claim sentence. Every row
 * built from a kind prints the sentence, so a reader can check it.
 */
enum ClaimKind {
  /** Support for, or recognition of, a breakaway region. */
  BREAKAWAY("supports or recognises a breakaway region", true),
  /** Annexation. */
  ANNEXATION("annexation", true),
  /** Occupation or de facto control. */
  OCCUPATION("occupation", true),
  /** A territorial claim. */
  CLAIM("territorial claim", true),
  /** A boundary or territory undemarcated, undelimited or disputed. */
  BOUNDARY("boundary undemarcated, undelimited or disputed", true),
  /** A claim or dispute given up or resolved. */
  RESOLVED("claim or dispute given up or resolved", false),
  /** A boundary agreed, demarcated or ruled on. */
  SETTLED("boundary settled", false),
  /** Monitoring, observers, peacekeeping. */
  MONITORING("monitoring", false),
  /** Refugees, displaced people, asylum. */
  REFUGEES("refugees", false),
  /** Smuggling, trafficking, illegal crossings. */
  TRAFFICKING("smuggling or trafficking", false),
  /** Water, rivers, dams, fishing. */
  WATER("water or fishing", false),
  /** Anything else (cooperation, relations, minorities…). */
  OTHER("other mention", false);

  private final String label;
  private final boolean claim;

  ClaimKind(String label, boolean claim) {
    this.label = label;
    this.claim = claim;
  }

  /** How a note names the kind. */
  String label() {
    return label;
  }

  /** Whether the kind counts as a claim ({@code dispute_mention} = 1). */
  boolean claim() {
    return claim;
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ENDED =
      Pattern.compile(
          "\\bno longer (?:claim|disput|contest)\\w*"
              + "|\\b(?:drop(?:s|ped|ping)?|renounc\\w*|abandon\\w*|withdr[ae]w\\w*"
              + "|relinquish\\w*|waiv\\w*|end(?:s|ed|ing)?)\\s+(?:\\w+\\s+){0,2}claims?\\b"
              + "|\\bclaims? (?:was|were|has been|have been|had been) (?:dropped|settled"
              + "|resolved|renounced|withdrawn|abandoned)"
              + "|\\bdisputes? (?:was|were|has been|have been|is|are) (?:resolved|settled)"
              + "|\\bonce[- ]disputed\\b|\\b(?:ending|ended|ends|resolved|settled) (?:a|an|the|their|its)"
              + " (?:[\\w-]+ ){0,4}disputes?\\b"
              + "|\\bnone identified\\b|^\\s*none\\s*$"
              + "|\\bagreed to (?:split|divide|share)\\b.*",
          FLAGS);

  private record Rule(ClaimKind kind, Pattern pattern) {}

  private static final List<Rule> CLAIMS =
      List.of(
          new Rule(
              BREAKAWAY,
              Pattern.compile(
                  "\\brecogni(?:[sz]\\w*|tion)\\b.{0,80}\\bindependen"
                      + "|\\bindependen\\w*.{0,40}\\brecogni"
                      + "|separatis|break-?away|\\bsecession|self-proclaimed|self-declared"
                      + "|so-called|\\b\\p{L}+-backed\\b"
                      + "|\\bsupport\\w*.{0,60}\\b(?:separatis|independen|secession|breakaway)",
                  FLAGS)),
          new Rule(ANNEXATION, Pattern.compile("\\bannex", FLAGS)),
          new Rule(
              OCCUPATION,
              Pattern.compile(
                  "\\boccup(?:y|ies|ied|ying|ation|ier)|\\bde facto (?:control|administ)|\\bseiz"
                      + "|\\bmilitary presence in\\b",
                  FLAGS)),
          new Rule(
              CLAIM,
              Pattern.compile(
                  "\\bclaim|counter-?claim|\\bsovereignty\\b|\\bcontest(?:s|ed|ing)?\\b"
                      + "|\\birredent|\\bquestion with\\b|\\bpart of (?:its|their) (?:national )?territory",
                  FLAGS)));

  private static final Pattern PLACE =
      Pattern.compile(
          "boundar|border|frontier|\\bline\\b|maritime|delimit|demarcat|\\bislands?\\b|islet"
              + "|territor|\\barea\\b|\\bregion|enclave|exclave|triangle|\\bstrip\\b|corridor"
              + "|\\bshelf\\b|\\bcays?\\b|\\breefs?\\b|\\brocks?\\b|\\bshoals?\\b|seabed",
          FLAGS);

  /** Words saying a boundary is not settled, whatever else the sentence says. */
  private static final Pattern UNSETTLED =
      Pattern.compile(
          "undemarcated|undelimited|undefined|indefinite|unresolved|unsettled|unclear|unsigned"
              + "|unratified|\\bdisput|contested|discrepanc|\\binsist"
              + "|\\bnot (?:yet |been |fully |formally |completely |officially |bilaterally"
              + " |clearly |definitively |finally |precisely |jointly )*(?:demarcated|delimited"
              + "|defined|agreed|ratified|signed|resolved|settled|finali[sz]ed|established"
              + "|determined|marked|accepted|recogni[sz]ed|worked.out)"
              + "|\\byet to\\b|\\bremains? (?:undemarcated|undelimited|unresolved|in dispute|to be)"
              + "|\\bpending\\b|\\bawait|disagree|\\bdifferences\\b|\\bno resolution\\b"
              + "|\\bincidents?\\b|\\bclash|\\bprotest|\\breject|\\brefus|\\baccus|\\bincursion"
              + "|\\bencroach|\\bhesitant\\b|\\bdelayed\\b|\\bstalled\\b|\\bdefer"
              + "|\\b(?:expected|due|scheduled|yet) (?:to be|for) (?:\\w+ )?(?:complet|sign|ratif|finali"
              + "|demarcat|delimit)\\w*|\\bnearing (?:completion|agreement)",
          FLAGS);

  /** Words saying work on a boundary goes on: they count when no word says it is settled. */
  private static final Pattern UNDER_WAY =
      Pattern.compile(
          "\\bnegotiat|\\btalks\\b|\\bcommission\\b|\\bnearing\\b|\\bscheduled\\b"
              + "|(?:demarcation|delimitation|survey)\\w* (?:\\w+ ){0,3}(?:ongoing|continu\\w*"
              + "|commenc\\w*|began|begun|underway|in progress|incomplete|suspended)"
              + "|\\b(?:continu|resum|proceed)\\w* (?:with )?(?:\\w+ ){0,2}(?:to )?"
              + "(?:demarcat|delimit|discuss)"
              + "|\\bto (?:define|demarcate|delimit|settle|resolve)\\b",
          FLAGS);

  /** A dispute over, or the status of, a named place: "dispute with Russia over Crimea". */
  private static final Pattern DISPUTE_OVER =
      Pattern.compile("\\b(?i:disput\\w*(?: with(?: \\S+){1,3}?)? over|status of) \\p{Lu}");

  /** A bare item of the early editions: "boundary with India", "maritime boundary with the UK". */
  private static final Pattern LISTED =
      Pattern.compile(
          "^(?:the )?(?:\\w+ ){0,3}(?:boundary|boundaries|border|borders|frontier)"
              + " (?:with|between)\\b[^,;]{0,60}(?:,[^,;]{0,40}){0,4}$",
          FLAGS);

  private static final Pattern SETTLES =
      Pattern.compile(
          "\\bcomplet\\w*|\\bsigned\\b|\\bratifi\\w*|\\bagreed\\b|\\bagreements?\\b|\\bsettled\\b"
              + "|\\bresolved\\b|\\bdemarcated\\b|\\bdelimited\\b|\\bfinali[sz]\\w*|\\btreat(?:y|ies)\\b"
              + "|\\baccords?\\b|\\bruled\\b|\\bruling\\b|\\bawarded\\b|\\bjudgment\\b",
          FLAGS);

  private static final List<Rule> OTHERS =
      List.of(
          new Rule(
              MONITORING,
              Pattern.compile(
                  "monitor|observer|peacekeep|patrol|surveillance|cease-?fire|\\bmission\\b",
                  FLAGS)),
          new Rule(
              REFUGEES,
              Pattern.compile(
                  "refugee|displaced|\\bIDPs?\\b|asylum|returnee|repatriat|\\bfle[ed]\\b|exodus"
                      + "|migrant",
                  FLAGS)),
          new Rule(
              TRAFFICKING,
              Pattern.compile(
                  "smuggl|traffick|illegal|illicit|narcotic|\\bdrugs?\\b|contraband|poppy", FLAGS)),
          new Rule(
              WATER,
              Pattern.compile(
                  "\\bdams?\\b|water|\\brivers?\\b|hydro|irrigat|fishing|fisher|\\bcanal", FLAGS)));

  /**
   * The kind of one sentence; see the class comment for the rules.
   *
   * @param sentence one sentence or semicolon-separated item of a disputes text
   */
  static ClaimKind of(String sentence) {
    String rest = ENDED.matcher(sentence).replaceAll(" ");
    boolean ended = !rest.equals(sentence);
    for (Rule r : CLAIMS) {
      if (r.pattern().matcher(rest).find()) {
        return r.kind();
      }
    }
    boolean place = PLACE.matcher(rest).find();
    boolean settles = SETTLES.matcher(rest).find();
    if (place && UNSETTLED.matcher(rest).find()
        || place && !settles && UNDER_WAY.matcher(rest).find()
        || DISPUTE_OVER.matcher(rest).find()
        || !ended && LISTED.matcher(rest.strip()).find()) {
      return BOUNDARY;
    }
    if (ended) {
      return RESOLVED;
    }
    if (place && settles) {
      return SETTLED;
    }
    for (Rule r : OTHERS) {
      if (r.pattern().matcher(rest).find()) {
        return r.kind();
      }
    }
    return OTHER;
  }
}
