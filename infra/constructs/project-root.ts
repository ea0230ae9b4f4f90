import { fileURLToPath } from 'node:url';

/** Repository root: where package.json and package-lock.json live (NodejsFunction's projectRoot). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
