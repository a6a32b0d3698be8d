/**
 * Hints said once, in the console, where Lit's development build runs (dev servers such as Vite's
 * load it): that build keeps its set of issued warnings on `globalThis.litIssuedWarnings`, and the
 * kit adds its own to it. Production pages stay quiet. The drop-in bundle, which carries Lit's
 * production build, has this module replaced by `development-hints.production.ts`.
 */
function warnOnce(message: string): void {
  const issued = (globalThis as { litIssuedWarnings?: Set<string | undefined> }).litIssuedWarnings;
  if (!issued || issued.has(message)) return;
  issued.add(message);
  console.warn(message);
}

/** A tag with neither a provider around it nor a `call` of its own. */
export function hintUnconnected(tag: Element): void {
  warnOnce(`<${tag.localName}> has no <b24-call-card> around it and no \`call\`: it shows its empty state (a toggle is disabled).`);
}
