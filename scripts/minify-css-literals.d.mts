export function minifyCss(text: string): string;
export function minifyCssLiterals(source: string): string;
export function minifyCssLiteralsVite(): { name: string; transform(code: string, id: string): { code: string; map: null } | null };
export function minifyCssLiteralsEsbuild(): { name: string; setup(build: unknown): void };
