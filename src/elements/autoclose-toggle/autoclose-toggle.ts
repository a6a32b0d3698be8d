import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { CallCardSnapshot } from '../../model/snapshot.js';
import { CallCardElement } from '../call-card-element.js';
import { addEnglish } from '../../i18n/messages.js';
import { englishToggle } from '../../i18n/english/toggle.js';
import { autocloseToggleStyles } from './autoclose-toggle.styles.js';

/** The toggle's `change`: its target is the toggle, so `event.currentTarget.checked` is typed. */
export type AutocloseToggleChangeEvent = Event & { readonly target: B24AutocloseToggle; readonly currentTarget: B24AutocloseToggle };

/**
 * A switch that keeps the call card open after the call. Checked sends `disableAutoClose`,
 * unchecked `enableAutoClose`, through the provider's controller.
 *
 * @summary Keeps the Bitrix24 call card open after the call ends.
 *
 * @slot - The label. Default: "Keep the card open after the call".
 *
 * @csspart base - The switch button (`role="switch"`).
 * @csspart track - The switch's track.
 * @csspart thumb - The switch's thumb.
 * @csspart label - The label.
 * @csspart status - The line under the switch: saving, an error, that the card is held open, or that it stays open until the app's work is saved.
 *
 * @event change - The user turned the switch on or off. Read `checked`.
 */
export class B24AutocloseToggle extends CallCardElement {
  static override styles = autocloseToggleStyles;

  static {
    addEnglish(englishToggle);
  }
  /** `toggle.focus()` focuses the switch. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    ...CallCardElement.properties,
    checked: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
  };

  /**
   * `true` keeps the card open after the call. Inside a provider it follows the controller
   * (optimistically while a command is pending); standalone it is yours to set.
   */
  declare checked: boolean;
  /**
   * Turns the switch off for the user. It is also off until the connection is ready, and with
   * neither a provider around it nor a `call` of its own (nothing would hear it).
   */
  declare disabled: boolean;

  #failed = false;

  constructor() {
    super();
    this.checked = false;
    this.disabled = false;
  }

  protected override shows(previous: CallCardSnapshot, next: CallCardSnapshot): boolean {
    return previous.keepOpen !== next.keepOpen || previous.keepOpenPending !== next.keepOpenPending || previous.keepOpenHeld !== next.keepOpenHeld || previous.status !== next.status || previous.endedAt !== next.endedAt;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const snapshot = this.#controlled ? this.view : undefined;
    if (snapshot) this.checked = snapshot.keepOpen;
  }

  /**
   * Inside a provider, with no standalone `call`: the controller owns the state. A provider that
   * has no controller yet (still loading, or no host) counts too, so the switch stays off until it is ready.
   */
  get #controlled(): boolean {
    return !this.call && !this.unconnected;
  }

  /** The app's work holds the card open (`keepOpenWhile`): the switch shows it and waits. */
  get #heldByWork(): boolean {
    return this.#controlled && this.view?.keepOpenHeld === true;
  }

  get #inactive(): boolean {
    return this.disabled || this.unconnected || this.#heldByWork || (this.#controlled && this.view?.status !== 'ready');
  }

  protected override render() {
    const view = this.view;
    const pending = this.#controlled && view?.keepOpenPending === true;
    const heldOpen = this.checked && !pending && view?.endedAt != null && view.status !== 'closing';
    let status: unknown = nothing;
    if (pending) status = html`<p part="status" role="status" lang=${this.i18n.lang}>${this.i18n.t('toggle.pending')}</p>`;
    else if (this.#failed) status = html`<p part="status" class="failed" role="alert" lang=${this.i18n.lang}>${this.i18n.t('toggle.failed')}</p>`;
    else if (this.#heldByWork) status = html`<p part="status" role="status" lang=${this.i18n.lang}>${this.i18n.t('toggle.heldByWork')}</p>`;
    else if (heldOpen) status = html`<p part="status" role="status" lang=${this.i18n.lang}>${this.i18n.t('toggle.heldOpen')}</p>`;
    return html`<button
        part="base"
        type="button"
        lang=${this.i18n.lang}
        role="switch"
        aria-checked=${this.checked ? 'true' : 'false'}
        aria-disabled=${this.#inactive ? 'true' : 'false'}
        aria-busy=${pending ? 'true' : 'false'}
        @click=${this.#toggle}
      >
        <span part="track"><span part="thumb"></span></span>
        <span part="label"><slot>${this.i18n.t('toggle.label')}</slot></span>
      </button>
      ${status}`;
  }

  async #toggle(): Promise<void> {
    if (this.#inactive) return;
    const next = !this.checked;
    this.#failed = false;
    this.checked = next;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const controller = this.#controlled ? this.consumer.controller : undefined;
    if (!controller) return; // standalone: the app owns the state
    const confirmed = await controller.keepOpen(next);
    if (!confirmed && !controller.disposed) {
      this.#failed = true;
      this.requestUpdate();
    }
  }
}
