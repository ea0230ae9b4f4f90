import { withApostropheVariants } from './countries.ts';
import { LEADER_ROWS } from './leaders-data.ts';

/** A named office holder, valid for a date range so that an article is resolved against its own date. */
export interface LeaderEntry {
  /** Full name as usually written in English news: 'Lee Jae Myung', 'Xi Jinping'. */
  name: string;
  /** Later-mention forms: surname ('Lee', 'Xi') and spelling variants ('Lee Jae-myung'). */
  aliases: string[];
  /** ISO alpha-3, or an organisation code (Guterres → UNO). */
  country: string;
  /** CAMEO role: GOV, LEG, MIL… */
  role: string;
  title: string;
  /** YYYY-MM-DD the office began. */
  validFrom: string;
  /**
   * YYYY-MM-DD the office ended, null if still in office as far as known. The range is half-open:
   * on a handover day (inaugurations, swearing-ins) the successor holds the office, not both.
   */
  validTo: string | null;
}

// Typographic-apostrophe variants ("Sa’ar") go into the aliases; the name stays as written.
export const LEADERS: readonly LeaderEntry[] = LEADER_ROWS.map((row) => ({
  ...row,
  aliases: withApostropheVariants([row.name, ...row.aliases]).filter((form) => form !== row.name),
}));

/** True when the entry holds its office on the date: validFrom ≤ date < validTo. ISO dates compare as strings. */
export function leaderValidOn(leader: LeaderEntry, date: string): boolean {
  return leader.validFrom <= date && (leader.validTo === null || date < leader.validTo);
}

/** Entries whose validity covers the date (YYYY-MM-DD). */
export function leadersOn(date: string): LeaderEntry[] {
  return LEADERS.filter((leader) => leaderValidOn(leader, date));
}
