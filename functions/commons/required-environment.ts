/** The value of a variable CDK always sets: a missing one is a deployment fault, so fail the cold start loudly. */
export function requiredEnvironment(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
