/**
 * Where a stage keeps its dictionary: one object in the stage's bucket, outside `articles/` (so
 * uploading it is no article and notifies no ingest). The CDK grant, the ingest function and the
 * local stack all use this key (re-exported by infra/resources.ts).
 */
export const DICTIONARY_KEY = 'dictionaries/accord-dictionary.json';
