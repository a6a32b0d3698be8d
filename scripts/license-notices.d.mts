import type { Plugin } from 'vite';

export const NOTICES_FILE: string;
export function licenseNoticesVite(options?: { root?: string }): Plugin;
