// Types of cli-bundle.mjs (plain JavaScript, so bin/accord.mjs can run it before anything is compiled).
export declare const CLI_BUNDLE_DIR: string;
export declare const CLI_BUNDLE_MAIN: string;
export declare const CLI_BUNDLE_INPUTS: string;
export declare function freshCliBundle(root: string): string | null;
