// Types for bundle-plugins.mjs, which the build runs as plain JavaScript.
import type {Plugin} from 'esbuild';

export const yogaWithoutFetch: Plugin;
export const inkControlCheck: Plugin;
export const fastStringWidth: Plugin;
export const terminalWinsOverCi: Plugin;
export const bundlePlugins: Plugin[];
