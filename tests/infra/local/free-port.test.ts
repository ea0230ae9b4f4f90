import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { stablePort } from '../../../infra/local/free-port.ts';

describe('stablePort', () => {
  it('gives a port below the ephemeral range that can be listened on', async () => {
    const port = await stablePort();
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(32_000);
    await new Promise<void>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
    });
  });

  it('passes over a port already taken', async () => {
    const taken = createServer();
    const port = await stablePort('127.0.0.1', 25_000, 25_001);
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      await expect(stablePort('127.0.0.1', 25_000, 25_001)).rejects.toThrow(/no free port between 25000 and 25001/);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
