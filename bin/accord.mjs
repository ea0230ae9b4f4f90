#!/usr/bin/env node
// The `accord` command. It runs the TypeScript sources directly through tsx's loader,
// so `npx accord` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
await main(process.argv);
