package org.borderland.data.worldbank;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * World Bank codes that are not countries: regions, income and lending groups, demographic groups,
 * "World", and the Channel Islands composite. Rows under these codes are skipped and counted; a
 * code neither in the registry nor here is an error, so a new country cannot slip through as an
 * aggregate.
 */
public final class WorldBankAggregates {
  private static final Map<String, String> CODES = new TreeMap<>();

  static {
    String[][] rows = {
      {"AFE", "Africa Eastern and Southern"},
      {"AFW", "Africa Western and Central"},
      {"ARB", "Arab World"},
      {"CEB", "Central Europe and the Baltics"},
      {"CHI", "Channel Islands (World Bank composite of Jersey and Guernsey, not an ISO code)"},
      {"CSS", "Caribbean small states"},
      {"EAP", "East Asia & Pacific (excluding high income)"},
      {"EAR", "Early-demographic dividend"},
      {"EAS", "East Asia & Pacific"},
      {"ECA", "Europe & Central Asia (excluding high income)"},
      {"ECS", "Europe & Central Asia"},
      {"EMU", "Euro area"},
      {"EUU", "European Union"},
      {"FCS", "Fragile and conflict affected situations"},
      {"HIC", "High income"},
      {"HPC", "Heavily indebted poor countries (HIPC)"},
      {"IBD", "IBRD only"},
      {"IBT", "IDA & IBRD total"},
      {"IDA", "IDA total"},
      {"IDB", "IDA blend"},
      {"IDX", "IDA only"},
      {"INX", "Not classified"},
      {"LAC", "Latin America & Caribbean (excluding high income)"},
      {"LCN", "Latin America & Caribbean"},
      {"LDC", "Least developed countries: UN classification"},
      {"LIC", "Low income"},
      {"LMC", "Lower middle income"},
      {"LMY", "Low & middle income"},
      {"LTE", "Late-demographic dividend"},
      {"MEA", "Middle East & North Africa"},
      {"MIC", "Middle income"},
      {"MNA", "Middle East & North Africa (excluding high income)"},
      {"NAC", "North America"},
      {"OED", "OECD members"},
      {"OSS", "Other small states"},
      {"PRE", "Pre-demographic dividend"},
      {"PSS", "Pacific island small states"},
      {"PST", "Post-demographic dividend"},
      {"SAS", "South Asia"},
      {"SSA", "Sub-Saharan Africa (excluding high income)"},
      {"SSF", "Sub-Saharan Africa"},
      {"SST", "Small states"},
      {"TEA", "East Asia & Pacific (IDA & IBRD countries)"},
      {"TEC", "Europe & Central Asia (IDA & IBRD countries)"},
      {"TLA", "Latin America & the Caribbean (IDA & IBRD countries)"},
      {"TMN", "Middle East & North Africa (IDA & IBRD countries)"},
      {"TSA", "South Asia (IDA & IBRD)"},
      {"TSS", "Sub-Saharan Africa (IDA & IBRD countries)"},
      {"UMC", "Upper middle income"},
      {"WLD", "World"},
    };
    for (String[] r : rows) {
      CODES.put(r[0], r[1]);
    }
  }

  private WorldBankAggregates() {}

  /** What the aggregate code stands for, if it is one. */
  public static Optional<String> describe(String code) {
    return Optional.ofNullable(CODES.get(code));
  }

  /** Whether the code is a World Bank aggregate (or composite) rather than a country. */
  public static boolean isAggregate(String code) {
    return CODES.containsKey(code);
  }
}
