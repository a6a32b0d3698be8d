import type { Plugin } from 'vite';

export function withoutPreloadHelper(code: string, parse: (source: string) => unknown): { code: string; replaced: number };
export function withoutPreloadHelperVite(): Plugin;
