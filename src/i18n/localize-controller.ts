import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './catalogs/en.js';
import { format, loadMessages, loadedMessages, type MessageKey, type Messages } from './messages.js';
import { resolveLocale } from './resolve-locale.js';

/**
 * Gives an element its locale and catalog. The language comes from `language()` (a Bitrix24 code
 * or BCP 47 tag); a catalog that is not loaded yet loads in the background while English shows.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #language: () => string | null | undefined;
  #locale = 'en';
  #messages: Messages = en;

  constructor(host: ReactiveControllerHost, language: () => string | null | undefined) {
    this.#host = host;
    this.#language = language;
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
    void loadMessages(locale).then((loaded) => {
      if (this.#locale !== locale) return;
      this.#messages = loaded;
      this.#host.requestUpdate();
    });
  }

  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
    return format(this.#messages, key, values);
  }
}
