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
