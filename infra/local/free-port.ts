import { createServer } from 'node:net';

/**
 * A TCP port that is free on loopback right now. The OS picks it (listen on port 0), we read it
 * back and release it; the caller binds it next. Another process may grab it in between, so
 * servers started with it should retry on EADDRINUSE (startDynamoDbLocal does).
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('could not read the port the OS assigned'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/**
 * A free loopback port below the OS's ephemeral range (Linux hands out 32768–60999 for port 0 and
 * for outgoing connections). For a stack that must come back on the same ports after a restart:
 * a port the OS can hand to anyone in between (a parallel test's server on port 0, an outgoing
 * connection) is lost, one outside that range is not.
 */
export async function stablePort(host = '127.0.0.1', from = 20_000, to = 32_000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from));
    if (await canListen(port, host)) return port;
  }
  throw new Error(`no free port between ${String(from)} and ${String(to)} after 50 tries`);
}

function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}
