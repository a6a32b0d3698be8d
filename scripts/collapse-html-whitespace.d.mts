import type { Plugin } from 'vite';

export function collapseHtmlWhitespace(code: string, parse: (source: string) => unknown): string;
export function collapseHtmlWhitespaceVite(): Plugin;
