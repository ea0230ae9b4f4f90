import { COUNTRY_ROWS, INSTITUTION_ROWS } from './countries-data.ts';

/** How a state is written in English news. All forms are case-sensitive surface text. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo, as used by the EU and IMF). */
  code: string;
  /** Official and short names: 'Republic of Korea', 'South Korea', 'ROK'. */
  names: string[];
  /** 'South Korean'. */
  adjectives: string[];
  /** Plural/people forms: 'South Koreans'. */
  demonyms: string[];
  /** Capital (or seat-of-government) cities used as metonyms for the government: 'Seoul'. */
  capitals: string[];
  /**
   * The subset of the forms above that are also common words, person names, places elsewhere or
   * shared with another state, and so need context: 'Chad', 'Jordan', 'Turkey', 'Congo'.
   */
  ambiguous?: string[];
}

/**
 * Each form with a straight apostrophe followed by the same form with a typographic one
 * ("People's" / "People’s"): news text uses both, and proper names are matched on surface text.
 */
export function withApostropheVariants(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    out.add(form);
    if (form.includes("'")) out.add(form.replaceAll("'", '\u2019'));
  }
  return [...out];
}

function withVariants(entry: CountryEntry): CountryEntry {
  const ambiguous = entry.ambiguous && withApostropheVariants(entry.ambiguous);
  return {
    code: entry.code,
    names: withApostropheVariants(entry.names),
    adjectives: withApostropheVariants(entry.adjectives),
    demonyms: withApostropheVariants(entry.demonyms),
    capitals: withApostropheVariants(entry.capitals),
    ...(ambiguous ? { ambiguous } : {}),
  };
}

/** All 193 UN member states plus Palestine (PSE), Holy See (VAT), Taiwan (TWN) and Kosovo (XKX). */
export const COUNTRIES: readonly CountryEntry[] = COUNTRY_ROWS.map(withVariants);

/**
 * A building, seat, body or outlet that stands for one state's institution ('the Kremlin' → RUS GOV,
 * 'Xinhua' → CHN MED), and named movements or armed groups tied to one state ('Hamas' → PSE REB).
 */
export interface InstitutionMetonym {
  text: string;
  country: string;
  role: string;
  /** For a name several states use: the states that do (any when absent). */
  homes?: readonly string[];
}

export const INSTITUTION_METONYMS: readonly InstitutionMetonym[] = INSTITUTION_ROWS.flatMap((row) =>
  withApostropheVariants([row.text]).map((text) => ({ text, country: row.country, role: row.role })),
);
