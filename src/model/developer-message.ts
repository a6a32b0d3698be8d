import { DEVELOPER_MESSAGES, type DeveloperMessageKey, type DeveloperMessages } from './developer-messages.js';

/** The parameters of one developer message. */
export type DeveloperMessageParams<K extends DeveloperMessageKey> = Parameters<DeveloperMessages[K]>;

/** A developer message's full text. The drop-in bundle replaces this module with `developer-message.drop-in.ts`. */
export function developerMessage<K extends DeveloperMessageKey>(key: K, ...params: DeveloperMessageParams<K>): string {
  return (DEVELOPER_MESSAGES[key] as (...values: DeveloperMessageParams<K>) => string)(...params);
}

/** Whether `developerMessage()` gives full texts now; with the table imported, always. */
export function developerMessagesReady(): boolean {
  return true;
}

/** Settles when `developerMessage()` gives full texts. */
export function whenDeveloperMessagesReady(): Promise<void> {
  return Promise.resolve();
}
