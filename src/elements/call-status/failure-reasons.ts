import { englishFailures } from '../../i18n/english/failures.js';
import { addEnglish } from '../../i18n/messages.js';

addEnglish(englishFailures);

/**
 * Whether the English of the reasons a call failed is there: for an app's bundler, always. The drop-in replaces
 * this module with `failure-reasons.drop-in.ts`, whose English comes with its second file.
 */
export function failureReasonsReady(): boolean {
  return true;
}

/** Settles when {@link failureReasonsReady} can say `true` (or never will). */
export function whenFailureReasons(): Promise<void> {
  return Promise.resolve();
}
