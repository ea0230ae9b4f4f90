import { AthenaClient, GetQueryExecutionCommand, GetQueryResultsCommand, StartQueryExecutionCommand } from '@aws-sdk/client-athena';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSql } from '../../cli/commands/sql.ts';

const athena = mockClient(AthenaClient);
afterEach(() => {
  athena.reset();
  vi.restoreAllMocks();
});

function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}

const header = { Data: [{ VarCharValue: 'cameo_root' }, { VarCharValue: 'events' }] };
const metadata = {
  ColumnInfo: [
    { Name: 'cameo_root', Type: 'varchar' },
    { Name: 'events', Type: 'bigint' },
  ],
};

describe('accord sql --stage (Athena)', () => {
  it('runs on the stage workgroup and database, waits, reads every page, and prints the rows and the bytes scanned', async () => {
    athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'q-1' });
    athena
      .on(GetQueryExecutionCommand)
      .resolvesOnce({ QueryExecution: { Status: { State: 'RUNNING' } } })
      .resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' }, Statistics: { DataScannedInBytes: 1_234_567 } } });
    athena
      .on(GetQueryResultsCommand, { QueryExecutionId: 'q-1' })
      .resolvesOnce({
        ResultSet: { ResultSetMetadata: metadata, Rows: [header, { Data: [{ VarCharValue: '04' }, { VarCharValue: '120' }] }] },
        NextToken: 'p2',
      })
      .resolves({ ResultSet: { ResultSetMetadata: metadata, Rows: [{ Data: [{ VarCharValue: '19' }, { VarCharValue: '7' }] }] } });
    const output = captureOutput();

    await runSql('SELECT cameo_root, count(*) AS events FROM events GROUP BY 1', { stage: 'prod', region: 'eu-west-1', json: true });

    expect(athena.commandCalls(StartQueryExecutionCommand)[0]!.args[0].input).toEqual({
      QueryString: 'SELECT cameo_root, count(*) AS events FROM events GROUP BY 1',
      WorkGroup: 'accord-prod',
      QueryExecutionContext: { Database: 'accord_prod' },
    });
    expect(output.out()).toBe('{"cameo_root":"04","events":120}\n{"cameo_root":"19","events":7}\n');
    expect(output.err()).toBe('bytes scanned: 1,234,567 (query q-1)\n');
  });

  it('prints the table and the bytes scanned on stdout without --json', async () => {
    athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'q-2' });
    athena.on(GetQueryExecutionCommand).resolves({ QueryExecution: { Status: { State: 'SUCCEEDED' }, Statistics: { DataScannedInBytes: 42 } } });
    athena
      .on(GetQueryResultsCommand)
      .resolves({ ResultSet: { ResultSetMetadata: metadata, Rows: [header, { Data: [{ VarCharValue: '04' }, { VarCharValue: '3' }] }] } });
    const output = captureOutput();
    await runSql('SELECT 1', { stage: 'dev', region: 'eu-west-1' });
    expect(output.out()).toBe('cameo_root  events\n----------  ------\n04               3\n\n1 row(s)\nbytes scanned: 42 (query q-2)\n');
  });

  it("fails with Athena's reason, e.g. the workgroup's bytes-scanned limit", async () => {
    athena.on(StartQueryExecutionCommand).resolves({ QueryExecutionId: 'q-3' });
    athena.on(GetQueryExecutionCommand).resolves({
      QueryExecution: { Status: { State: 'FAILED', StateChangeReason: 'Query exhausted the bytes scanned limit of the workgroup' } },
    });
    captureOutput();
    await expect(runSql('SELECT * FROM events', { stage: 'prod', region: 'eu-west-1' })).rejects.toThrow(
      'Athena query q-3 failed: Query exhausted the bytes scanned limit of the workgroup',
    );
    expect(athena.commandCalls(GetQueryResultsCommand)).toHaveLength(0);
  });
});
