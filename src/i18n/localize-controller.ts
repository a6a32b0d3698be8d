import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './catalogs/en.js';
import type { CallCardError } from '../model/errors.js';
import { catalogRecentlyFailed, format, loadMessages, loadedMessages, type MessageKey, type Messages } from './messages.js';
import { resolveLocale } from './resolve-locale.js';

/** A failed catalog is one error, reported by the first tag that hears it. */
const reported = new WeakSet<CallCardError>();

/**
 * Gives an element its locale and catalog. The language comes from `language()` (a Bitrix24 code
 * or BCP 47 tag); a catalog that is not loaded yet loads in the background while English shows.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #language: () => string | null | undefined;
  readonly #onError: ((error: CallCardError) => void) | undefined;
  #locale = 'en';
  #messages: Messages = en;

  /** `onError` hears a catalog that failed to load (`LOAD_FAILED`); English shows meanwhile. */
  constructor(host: ReactiveControllerHost, language: () => string | null | undefined, onError?: (error: CallCardError) => void) {
    this.#host = host;
    this.#language = language;
    this.#onError = onError;
    host.addController(this);
  }

  /** The BCP 47 locale used for text and `Intl` formatting. */
  get locale(): string {
    return this.#locale;
  }

  /** The catalog in use; a new one means every text may have changed. */
  get messages(): Messages {
    return this.#messages;
  }

  hostUpdate(): void {
    const locale = resolveLocale(this.#language());
    if (locale === this.#locale && this.#messages !== en) return;
    this.#locale = locale;
    const messages = loadedMessages(locale);
    if (messages) {
      this.#messages = messages;
      return;
    }
    // The catalog shown so far stays until the new one arrives; after a failure, until its next use past the back-off.
    if (catalogRecentlyFailed(locale)) return;
    loadMessages(locale).then(
      (loaded) => {
        if (this.#locale !== locale) return;
        this.#messages = loaded;
        this.#host.requestUpdate();
      },
      (error: CallCardError) => {
        if (reported.has(error)) return;
        reported.add(error);
        this.#onError?.(error);
      },
    );
  }

  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
    return format(this.#messages, key, values, this.#locale);
  }
}
