export const AIR_TOKENS_CSS: string;
export function airTokensCss(root: string): string;
