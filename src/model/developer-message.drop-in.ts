import { laterLoaded, whenLaterSettled } from '../load-later.js';
import type { DeveloperMessageKey } from './developer-messages.js';
import type { DeveloperMessageParams } from './developer-message.js';

/**
 * The drop-in's developer messages: the full text once its second file has arrived, and until then a short
 * form, the key and its parameters, which docs/errors.md explains. The table stays out of the first load.
 */
export function developerMessage<K extends DeveloperMessageKey>(key: K, ...params: DeveloperMessageParams<K>): string {
  const messages = laterLoaded()?.DEVELOPER_MESSAGES;
  return messages
    ? (messages[key] as (...values: DeveloperMessageParams<K>) => string)(...params)
    : `${key} (${params.join(', ')}): https://github.com/b24-call-card-kit/b24-call-card-kit/blob/main/docs/errors.md#${key}`;
}

export function developerMessagesReady(): boolean {
  return laterLoaded() !== undefined;
}

/** Settles when the second file has arrived (the full texts with it) or failed to (the short form stays). */
export const whenDeveloperMessagesReady = whenLaterSettled;
