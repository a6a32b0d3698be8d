import { laterLoaded, whenLaterSettled } from '../../load-later.js';

/**
 * The drop-in's failure reasons come with its second file, which adds their English (the entry asks for it at
 * once; a portal never sends a reason at first paint). Until then, a failed call shows its code.
 */
export function failureReasonsReady(): boolean {
  return laterLoaded() !== undefined;
}

export const whenFailureReasons = whenLaterSettled;
