import { describe, expect, it } from 'vitest';
import { loadOnFirstUse } from '../../../shared/article/load-on-first-use.ts';

describe('loadOnFirstUse', () => {
  it('loads once, on the first call, and keeps what it loaded', async () => {
    let loads = 0;
    const load = loadOnFirstUse(() => Promise.resolve(++loads));
    expect(loads).toBe(0);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load: the next call tries again', async () => {
    let calls = 0;
    const load = loadOnFirstUse(() => (++calls === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve('module')));
    await expect(load()).rejects.toThrow('chunk missing');
    expect(await load()).toBe('module');
    expect(await load()).toBe('module');
    expect(calls).toBe(2);
  });
});
