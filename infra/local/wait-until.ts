/** Polls a cheap in-process condition every 50 ms until it holds; fails after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for the ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
