/**
 * The questions researchers ask most, in SQL both engines run unchanged (Athena's Trino and DuckDB):
 * saved as Athena named queries in every stage, shown in the README, measured by bench:analytics.
 * Filters on `month` (the partition) let Athena skip whole months.
 */
export interface CommonQuestion {
  name: string;
  description: string;
  sql: string;
}

export const DYAD_WEEKS: CommonQuestion = {
  name: 'dyad-weeks',
  description: 'Events per dyad (unordered pair of countries) per week, with the mean Goldstein score',
  sql: `SELECT least(source_country, target_country) AS actor_a,
       greatest(source_country, target_country) AS actor_b,
       CAST(date_trunc('week', date) AS date) AS week,
       count(*) AS events,
       round(avg(goldstein), 2) AS mean_goldstein
FROM events
WHERE target_country IS NOT NULL AND target_country <> source_country
GROUP BY 1, 2, 3
ORDER BY week, events DESC, actor_a, actor_b`,
};

export const TOP_ACTORS_PER_ROOT: CommonQuestion = {
  name: 'top-actors-per-root',
  description: 'The five most active source countries of every CAMEO root',
  sql: `SELECT cameo_root, source_country, events
FROM (
  SELECT cameo_root, source_country, count(*) AS events,
         row_number() OVER (PARTITION BY cameo_root ORDER BY count(*) DESC, source_country) AS rank
  FROM events
  GROUP BY cameo_root, source_country
) ranked
WHERE rank <= 5
ORDER BY cameo_root, rank`,
};

export const COUNTERPARTS_BY_QUAD: CommonQuestion = {
  name: 'counterparts-by-quad-class',
  description: "One actor's counterparts (here USA: edit the code) by quad class, either direction",
  sql: `SELECT CASE WHEN source_country = 'USA' THEN target_country ELSE source_country END AS counterpart,
       sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,
       sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_cooperation,
       sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
       sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict,
       count(*) AS events
FROM events
WHERE (source_country = 'USA' OR target_country = 'USA')
  AND target_country IS NOT NULL AND source_country <> target_country
GROUP BY 1
ORDER BY events DESC, counterpart`,
};

export const COMMON_QUESTIONS: readonly CommonQuestion[] = [DYAD_WEEKS, TOP_ACTORS_PER_ROOT, COUNTERPARTS_BY_QUAD];
