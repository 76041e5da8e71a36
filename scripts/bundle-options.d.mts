import type {BuildOptions} from 'esbuild';

export function bundleOptions(banner?: string): BuildOptions;
