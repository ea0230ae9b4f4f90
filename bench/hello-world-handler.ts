/** The reference for `npm run bench:coldstart`: the smallest handler, bundled like Accord's own. */
export const handler = (): Promise<{ statusCode: number; body: string }> => Promise.resolve({ statusCode: 200, body: 'hello' });
