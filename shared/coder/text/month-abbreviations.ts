/** Month names as news abbreviates them ("Jan.", "Sept."), lower case: not sentence ends, not names. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;
