import { englishBindings } from '../english/bindings.js';
import { englishCall } from '../english/call.js';
import { englishErrors } from '../english/errors.js';
import { englishFailures } from '../english/failures.js';
import { englishToggle } from '../english/toggle.js';

/**
 * The English catalog: the source of every user-visible string, and the fallback for the rest. It is
 * written in parts (`src/i18n/english/`), so that the drop-in's first file carries only the call's.
 */
export const en = { ...englishCall, ...englishFailures, ...englishErrors, ...englishBindings, ...englishToggle };

export type MessageKey = keyof typeof en;

/** A message with a count: one text per plural category of the language (`Intl.PluralRules`), `other` required. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A catalog: every English key, plural where English is plural. */
export type Messages = { readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
