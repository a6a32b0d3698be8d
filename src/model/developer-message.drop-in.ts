import { loadLater } from '../load-later-tags.js';
import type { DeveloperMessageKey, DeveloperMessages } from './developer-messages.js';
import type { DeveloperMessageParams } from './developer-message.js';

let messages: DeveloperMessages | undefined;
// The table comes with the drop-in's second file, which the entry asks for at once. If that file cannot be
// fetched, the short form stays (and `LOAD_FAILED` says why).
const loading = loadLater().then(
  (later) => {
    messages = later.DEVELOPER_MESSAGES;
  },
  () => undefined,
);

/**
 * The drop-in's developer messages: the full text once its second file has loaded, and until then a short
 * form, the key and its parameters, which docs/errors.md explains. The table's 0.8 KB min+gzip stays out of
 * the first load.
 */
export function developerMessage<K extends DeveloperMessageKey>(key: K, ...params: DeveloperMessageParams<K>): string {
  return messages
    ? (messages[key] as (...values: DeveloperMessageParams<K>) => string)(...params)
    : `${key} (${params.join(', ')}): https://github.com/b24-call-card-kit/b24-call-card-kit/blob/main/docs/errors.md#${key}`;
}

export function developerMessagesReady(): boolean {
  return messages !== undefined;
}

export function whenDeveloperMessagesReady(): Promise<void> {
  return loading;
}
