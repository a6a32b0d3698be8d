import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CallCardError } from '../model/errors.js';
import { ENGLISH, catalogLanguage, catalogRecentlyFailed, format, loadMessages, loadedMessages, type MessageKey, type Messages } from './messages.js';
import { resolveLocale } from './resolve-locale.js';

/** The catalog languages written right to left (Hebrew, Persian or Urdu join when they get a catalog). */
const RIGHT_TO_LEFT = new Set(['ar']);

/** A failed catalog is one error, reported by the first tag that hears it. */
const reported = new WeakSet<CallCardError>();

/**
 * Gives an element its locale and catalog. The language comes from `language()` (a Bitrix24 code
 * or BCP 47 tag); a catalog that is not loaded yet loads in the background while English shows.
 * Text in a right-to-left language lays the element out right to left (`dir="rtl"` on the host),
 * unless the page gives a direction itself: a `dir` on the host or around it wins.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #language: () => string | null | undefined;
  readonly #onError: ((error: CallCardError) => void) | undefined;
  #locale = 'en';
  #messages: Messages = ENGLISH;
  /** Whether the `dir` on the host is the kit's own, to take back when the language changes. */
  #setDirection = false;

  /** `onError` hears a catalog that failed to load (`LOAD_FAILED`); English shows meanwhile. */
  constructor(host: ReactiveControllerHost & Element, language: () => string | null | undefined, onError?: (error: CallCardError) => void) {
    this.#host = host;
    this.#language = language;
    this.#onError = onError;
    host.addController(this);
  }

  /** The BCP 47 locale used for text and `Intl` formatting. */
  get locale(): string {
    return this.#locale;
  }

  /**
   * The language the text is written in, for the `lang` of what the tag renders: the locale once its
   * catalog shows, `en` while English stands in. Screen readers pick their voice by it, and browsers
   * the glyphs of Chinese and Japanese text and where a line may break.
   */
  get lang(): string {
    return this.#messages === ENGLISH ? 'en' : this.#locale;
  }

  /** The catalog in use; a new one means every text may have changed. */
  get messages(): Messages {
    return this.#messages;
  }

  /** On the server no update runs (`renderCallCard` renders in one pass): take the language when the tag connects. */
  hostConnected(): void {
    if (isServer) this.hostUpdate();
  }

  /**
   * Prepares a server-rendered tag to take over the server's markup: resolves once the catalog of its
   * language is loaded (or failed: English then), so that it hydrates with the text the server rendered.
   * A `dir="rtl"` the server rendered for a right-to-left language is the kit's own, taken back when the
   * language changes, as in the browser.
   */
  async prepare(): Promise<void> {
    const locale = resolveLocale(this.#language());
    if (this.#host.getAttribute('dir') === 'rtl' && RIGHT_TO_LEFT.has(catalogLanguage(locale))) this.#setDirection = true;
    await loadMessages(locale).catch(() => undefined);
  }

  hostUpdate(): void {
    const locale = resolveLocale(this.#language());
    if (locale === this.#locale && this.#messages !== ENGLISH) return;
    this.#locale = locale;
    const messages = loadedMessages(locale);
    if (messages) {
      this.#show(messages);
      return;
    }
    // The catalog shown so far stays until the new one arrives; after a failure, until its next use past the back-off.
    if (catalogRecentlyFailed(locale)) return;
    loadMessages(locale).then(
      (loaded) => {
        if (this.#locale !== locale) return;
        this.#show(loaded);
        this.#host.requestUpdate();
      },
      (error: CallCardError) => {
        if (reported.has(error)) return;
        reported.add(error);
        this.#onError?.(error);
      },
    );
  }

  #show(messages: Messages): void {
    this.#messages = messages;
    const host = this.#host;
    const rightToLeft = messages !== ENGLISH && RIGHT_TO_LEFT.has(catalogLanguage(this.#locale));
    if (rightToLeft && !host.hasAttribute('dir') && !host.parentElement?.closest('[dir]')) {
      host.setAttribute('dir', 'rtl');
      this.#setDirection = true;
    } else if (!rightToLeft && this.#setDirection) {
      host.removeAttribute('dir');
      this.#setDirection = false;
    }
  }

  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
    return format(this.#messages, key, values, this.#locale);
  }
}
