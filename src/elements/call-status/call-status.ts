import { html, nothing, type PropertyValues } from 'lit';
import { isKnownFailureCode } from '../../model/failure-codes.js';
import { callPhase, type CallPhase } from '../../model/call-phase.js';
import { formatDuration, maskPhoneNumber } from '../../model/format.js';
import { CALL_DIRECTIONS, type CallDirection, type CallInfo } from '../../model/types.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { CallCardSnapshot } from '../../model/snapshot.js';
import { CallCardElement } from '../call-card-element.js';
import { callIconPaths } from '../icons.js';
import { LiveDuration } from '../shared-clock.js';
import type { CallOutcomes } from '../../controller/call-outcomes.js';
import { ResolverController } from '../resolver-controller.js';
import { callStatusStyles } from './call-status.styles.js';
import { failureReasonsReady, whenFailureReasons } from './failure-reasons.js';

/**
 * The call at a glance: phase, direction, the client's number, the line, a live timer while
 * connected and the reason when the call failed.
 *
 * A real portal never sends the reason a call failed into the widget (its frame bridge passes only
 * the call state); only the simulator does. With `resolve-outcome`, the tag asks the portal for the
 * call's record when the call ends, and shows its reason (and its duration, when the timer never ran).
 *
 * @summary Shows the live state of the call in the Bitrix24 call card.
 *
 * @csspart base - The whole status block; carries the phase as a class (`ringing`, `connected`, `failed`…).
 * @csspart direction-icon - The icon of the call's direction.
 * @csspart number - The client's number, or "Hidden number" / "Unknown number".
 * @csspart phase - The phase label (ringing, connected, ended…).
 * @csspart timer - The call's duration: live while connected, final after.
 * @csspart details - The row with direction, line and badge.
 * @csspart direction - The direction label.
 * @csspart line - The line's name or number.
 * @csspart badge - The call-list badge.
 * @csspart failure - The reason a call failed.
 */
export class B24CallStatus extends CallCardElement {
  static override styles = callStatusStyles;

  static override properties = {
    ...CallCardElement.properties,
    mask: { type: Boolean, reflect: true },
    resolveOutcome: { type: Boolean, attribute: 'resolve-outcome', reflect: true },
    state: { type: String, reflect: true },
    direction: { type: String, reflect: true },
  };

  /** Hide the middle digits of the client's number. */
  declare mask: boolean;
  /**
   * When a call ends without a failure code (a real portal never sends one), ask the portal's REST
   * `voximplant.statistic.get` for the call's record and show its reason. Needs the `telephony` scope;
   * without access, or without a record within about 10 s, "Call ended" stays.
   */
  declare resolveOutcome: boolean;
  /** Reflected, read-only: the call's state (`idle`, `connecting`, `connected`). */
  declare state: string | undefined;
  /** Reflected, read-only: the call's direction. */
  declare direction: string | undefined;

  readonly #outcomes = new ResolverController<CallOutcomes>(this, (controller) => controller.loadOutcomes());
  readonly #duration = new LiveDuration(
    this,
    (ms) => formatDuration(ms, this.i18n.locale),
    () => this.renderRoot.querySelector('[part="timer"]'),
  );

  constructor() {
    super();
    this.mask = false;
    this.resolveOutcome = false;
  }

  protected override shows(previous: CallCardSnapshot, next: CallCardSnapshot): boolean {
    const [a, b] = [previous.call, next.call];
    return (
      previous.connectedAt !== next.connectedAt ||
      previous.endedAt !== next.endedAt ||
      a.state !== b.state ||
      a.direction !== b.direction ||
      a.phoneNumber !== b.phoneNumber ||
      a.phoneNumberKind !== b.phoneNumberKind ||
      a.lineName !== b.lineName ||
      a.lineNumber !== b.lineNumber ||
      a.callListMode !== b.callListMode ||
      a.failedCode !== b.failedCode
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.view;
    this.state = view?.call.state;
    this.direction = view?.call.direction;
    this.#outcomes.use(this.resolveOutcome && !this.call ? this.consumer.controller : undefined);
    if (view && !view.call.failedCode && callPhase(view) === 'ended') this.#outcomes.value?.request(view.call.callId);
  }

  // One flat template: parts that come and go are hidden or lose their attributes rather than
  // being swapped for nested templates, which keeps the first render and every update cheap.
  protected override render() {
    const view = this.view;
    const duration = this.#duration.text(view?.connectedAt ?? null, view?.endedAt ?? null);
    if (!view) return nothing;
    const { call } = view;
    const outcome = this.#outcomes.value?.get(call.callId);
    const found = outcome?.status === 'found' ? outcome : undefined;
    const failedCode = call.failedCode ?? found?.failedCode ?? null;
    let phase = callPhase(view);
    if (phase === 'ended' && failedCode) phase = 'failed';
    const t = this.i18n.t.bind(this.i18n);
    const phaseText = t(`phase.${phase}`);
    const known = (CALL_DIRECTIONS as readonly string[]).includes(call.direction);
    const line = call.lineName || call.lineNumber;
    const shown = call.phoneNumberKind === 'shown';
    const timed = view.connectedAt !== null;
    // The record's duration, where the timer never ran (the widget opened after the call connected).
    const recorded = !timed && (phase === 'ended' || phase === 'failed') && found?.durationMs ? found.durationMs : null;
    const locale = this.i18n.locale;
    return html`<div part="base" class=${phase} lang=${this.i18n.lang}>
      <span part="direction-icon"
        ><svg class=${known ? 'icon-svg directional' : 'icon-svg'} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d=${callIconPaths[known ? (call.direction as CallDirection) : 'call']}></path></svg
      ></span>
      <div class="text">
        <div class="heading">
          <span part="number" class=${shown ? nothing : 'placeholder'} dir=${shown ? 'ltr' : nothing}>${this.#number(call)}</span>
          <span part="phase">${phaseText}</span>
        </div>
        <div class="subheading">
          <span part="details">
            <span part="direction">${t(`direction.${known ? call.direction : 'other'}` as MessageKey)}</span>
            <span part="line" ?hidden=${!line}>${line ? t('line.label', { line }) : ''}</span>
            <span part="badge" ?hidden=${!call.callListMode}>${t('badge.callList')}</span>
          </span>
          <span part=${timed || recorded !== null ? 'timer' : nothing} dir="ltr" role=${timed ? 'timer' : nothing} aria-label=${timed || recorded !== null ? t('timer.label') : nothing}
            >${recorded === null ? duration : formatDuration(recorded, locale)}</span
          >
        </div>
        ${this.#renderFailure(phase, failedCode)}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${phase === 'idle' ? '' : phaseText}</div>
    </div>`;
  }

  #number(call: CallInfo): string {
    if (call.phoneNumberKind !== 'shown') return this.i18n.t(call.phoneNumberKind === 'hidden' ? 'number.hidden' : 'number.unknown');
    return this.mask ? maskPhoneNumber(call.phoneNumber) : call.phoneNumber;
  }

  #renderFailure(phase: CallPhase, code: string | null) {
    if (phase !== 'failed' || !code) return nothing;
    const known = isKnownFailureCode(code);
    // The drop-in's reasons come with its second file: the code until then. A file that failed is asked for
    // again at the next render, not by this one's promise (that would ask again and again).
    if (known && !failureReasonsReady()) void whenFailureReasons().then(() => failureReasonsReady() && this.requestUpdate());
    const reason = known && failureReasonsReady() ? this.i18n.t(`failure.${code}`) : this.i18n.t('failure.unknown', { code });
    return html`<p part="failure">${reason}</p>`;
  }
}
