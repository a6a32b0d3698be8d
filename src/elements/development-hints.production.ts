/** The drop-in bundle's stand-in for `development-hints.ts`: it bundles Lit's production build, so there is no development to hint in. */
export function hintUnconnected(_tag: Element): void {}
