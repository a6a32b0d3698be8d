/** A tag's colour scheme: `light` (the default), `dark`, or `auto` to follow `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
