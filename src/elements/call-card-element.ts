import type { PropertyValues } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { INITIAL_SNAPSHOT, withCall, withChanges, type CallCardSnapshot } from '../model/snapshot.js';
import type { CallInfo } from '../model/types.js';
import { adoptDarkAncestorRule } from '../styles/dark-ancestor.js';
import type { Theme } from '../styles/theme.js';
import { hintUnconnected } from './development-hints.js';
import { errorEventOf } from './call-card/dom-events.js';
import { CallCardConsumer } from './call-card-consumer.js';
import { ServerRenderedElement } from './server-rendered-element.js';

/** @deprecated Use {@link Theme}. */
export type ElementTheme = Theme;

/**
 * What the three visual tags share: the provider's snapshot through the context, or a
 * standalone snapshot built from the `call` property; the `lang` and `theme` attributes.
 *
 * @event b24-error - This tag's language catalog did not load (`LOAD_FAILED`); English shows meanwhile. Detail: `{code, message}`. Host and REST errors come from the provider.
 *
 * @attr lang - This tag's language (a Bitrix24 code such as `ua`, or a BCP 47 tag). By default the provider's, then the page's.
 */
export abstract class CallCardElement extends ServerRenderedElement {
  static override properties = {
    call: { attribute: false },
    theme: { type: String, reflect: true },
  };

  /** `lang` is a global attribute with a native property; observe it rather than redefine it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * A normalized call to show without a provider (for apps that keep their own state, e.g. React or Vue).
   * When set, it wins over the provider's. The element keeps the history it needs (ended, timer) itself.
   */
  declare call: CallInfo | undefined;
  /** `light`, `dark` or `auto`; inside a provider, its theme applies. */
  declare theme: Theme | undefined;

  protected readonly consumer = new CallCardConsumer(this, (previous, next) => !previous || previous.lang !== next.lang || this.shows(previous, next));
  protected readonly i18n = new LocalizeController(
    this,
    () => this.getAttribute('lang') || this.view?.lang || this.closest('[lang]')?.getAttribute('lang'),
    (error) => this.dispatchEvent(errorEventOf(error)),
  );
  #standalone: CallCardSnapshot = withChanges(INITIAL_SNAPSHOT, { status: 'ready' });

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDarkAncestorRule(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Whether a new snapshot changes what this tag shows. Each tag compares only its own part. */
  protected abstract shows(previous: CallCardSnapshot, next: CallCardSnapshot): boolean;

  /**
   * The snapshot to render: the standalone one when `call` is set, else the provider's. Inside a
   * provider that has no controller (still connecting, or no host) there is none: the provider
   * shows why. With neither a provider nor a `call`, the empty state: the tag shows no call.
   */
  protected get view(): CallCardSnapshot | undefined {
    if (this.call || this.unconnected) return this.#standalone;
    if (this.hydrating) return this.consumer.controller?.initialSnapshot;
    return this.consumer.snapshot;
  }

  /** The server rendered this tag from the provider's `placement-options`; the same options make the same render. */
  protected override canHydrate(): boolean {
    return !this.call && Boolean(this.consumer.controller?.initialSnapshot);
  }

  protected override prepareHydration(): Promise<void> {
    return this.i18n.prepare();
  }

  /** Neither a provider around it nor a `call` of its own: nothing can ever reach this tag. */
  protected get unconnected(): boolean {
    return !this.call && !this.consumer.controller && !this.closest('b24-call-card');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.unconnected) hintUnconnected(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('call') && this.call) this.#standalone = withCall(this.#standalone, this.call, Date.now());
  }
}
