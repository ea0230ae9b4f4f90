import { Option, type Command } from 'commander';
import { MODALITIES } from '../shared/model/modalities.ts';

/** The event filters, named as `GET /events` names them: `accord events` sends them to the API, `accord export` turns them into SQL. */
export interface EventFilterOptions {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  root?: string;
  code?: string;
  quad?: string;
  modality?: string;
  from?: string;
  to?: string;
}

export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--actor <code>', 'country or organisation as source or target (KOR, CHN, UNO, …)')
    .option('--source <code>', 'source actor')
    .option('--target <code>', 'target actor')
    .option('--dyad <a,b>', 'events between two actors, either direction (KOR,CHN)')
    .option('--root <root>', 'CAMEO root, two digits (04)')
    .option('--code <code>', 'CAMEO code (042)')
    .addOption(new Option('--quad <n>', 'quad class').choices(['1', '2', '3', '4']))
    .addOption(new Option('--modality <modality>', 'modality').choices(MODALITIES))
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD');
}
