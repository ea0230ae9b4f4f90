// Types of aliases.mjs (plain JavaScript, so that scripts/build-cli.mjs runs it uncompiled).
export declare function nodeBuiltinAliases(): Record<string, string>;
