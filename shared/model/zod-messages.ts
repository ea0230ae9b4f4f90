import { config } from 'zod/mini';
import english from 'zod/v4/locales/en.js';

/**
 * Every schema in shared/ is written with `zod/mini`: the same validators as the full `zod` entry
 * point, as tree-shakable functions instead of methods, so a Lambda bundle holds only what its
 * schemas use (tens of KiB instead of the full entry point's 444 KiB, compiled and run at every
 * cold start: docs/deploy.md "Cold starts"). Each schema module imports `* as z from 'zod/mini'`
 * itself: a namespace object re-exported as a value would keep every export, locales included.
 *
 * zod/mini carries no messages of its own ("Invalid input" for everything). This module installs
 * the English ones the full entry point installs, so a rejected dictionary entry or JSON article
 * still reads "expected string, received undefined"; every schema module imports it.
 */
config(english());
