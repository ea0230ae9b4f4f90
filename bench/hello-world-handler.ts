/** The reference for `npm run bench:coldstart`: the smallest handler, bundled like Accord's own. */
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({ statusCode: 200, body: 'hello' });
