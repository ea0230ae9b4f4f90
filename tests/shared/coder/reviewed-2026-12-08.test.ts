import { describe, expect, it } from 'vitest';
import { briefsOf, code } from './helpers.ts';

// What a reviewer found the rules of 2026-12-08 (rules/1.23.0) must not do: sentences written by the reviewer to test
// the changes' near misses, each coded worse by the new rules than by rules/1.22.0 before these fixes.
const briefs = async (text: string) => briefsOf(await code(text));

describe('what a reviewer found the rules of 2026-12-08 must not do', () => {
  it('a gerund subject is no fronted clause ("Attacking Iran would be a grave mistake, China warned")', async () => {
    expect(await briefs('Attacking Iran would be a grave mistake, China warned on Monday.')).toEqual(['CHN>IRN 130']);
    expect(await briefs('Recognising Palestine now would reward Hamas, Israel said.')).toEqual([]);
    expect(await briefs('Meeting Putin is not on the agenda, Zelensky said.')).toEqual([]);
    expect(await briefs("Sanctioning China would hurt European industry, Germany's chancellor said.")).toEqual([]);
  });

  it('meeting a target, criteria or resistance is no meeting with whoever owns or offers it', async () => {
    expect(await briefs('After meeting resistance from Hungary, the European Union delayed the sanctions package.')).toEqual([]);
    expect(await briefs("Having met the European Union's benchmarks, Montenegro opened new negotiating chapters.")).toEqual([]);
    expect(await briefs("After meeting NATO's 2 percent spending target, Poland pledged more troops.")).not.toContain('POL>NATO 040');
  });

  it("a state's own operation or forces is no mission that helps the host", async () => {
    expect(await briefs('Russia deployed more troops to Ukraine as part of its special military operation.')).toEqual(['RUS>UKR 154']);
    expect(await briefs('Israel will deploy troops to southern Syria under a new security operation.')).toEqual(['ISR>SYR 138']);
  });

  it('weapons sent to a city or a border, and missiles sent, are no arms given', async () => {
    expect(await briefs('Iran sent 200 ballistic missiles to Israel on Tuesday night.')).toEqual(['IRN>ISR 154']);
    expect(await briefs('Israel sent tanks to Rafah.')).toEqual(['ISR>PSE 154']);
    expect(await briefs("Russia sent tanks to Ukraine's border.")).toEqual(['RUS>UKR 154']);
  });

  it("a visit to one's own place, or with no host named, is no visit to the clause's target", async () => {
    expect(await briefs('Putin threatened NATO during a visit to Kaliningrad.')).toEqual(['RUS>NATO 130']);
    expect(await briefs('Macron warned Russia during a visit to French troops in Estonia.')).toEqual(['FRA>RUS 130']);
    expect(await briefs('Blinken warned China during a visit to the Philippines.')).toEqual([]);
  });

  it("a host is never guessed to be the guest's state", async () => {
    expect(await briefs('The Prime Minister received here today the Ambassador of France.')).toEqual([]);
  });
});
