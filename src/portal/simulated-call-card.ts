import { SUCCESS_CODE } from '../model/failure-codes.js';
import type { CallState } from '../model/types.js';
import {
  CALL_CARD_COMMANDS,
  CALL_CARD_PLACEMENT,
  type CallCardEventName,
  type PlacementInterface,
} from '../connection/placement-connection.js';
import { callRecord, registerExternalCall } from './external-calls.js';
import { PORTAL_CALL_CARD_INTERFACE, toPlacementOptions, type CallRecord, type ExternalCallRegisterParams, type ExternalCallRegisterResult, type FinishStatusCode, type HostCallStatus } from './host-messages.js';
import { SimulatedCrm } from './simulated-crm.js';

export type SimulatedEventListener = (event: CallCardEventName, args: unknown[]) => void;

/** How long the host holds an ended call's card open after `disableAutoClose`. */
export const HOLD_OPEN_MS = 65_000;

/** A card as {@link SimulatedCallCard.toJSON} saves it. A hold in progress is not saved: the card stays open. */
export interface SavedCallCard {
  readonly status: HostCallStatus;
  readonly options: Record<string, unknown>;
  readonly open: boolean;
  readonly autoCloseBlocked: boolean;
  readonly startedAt: number;
  readonly connectedAt: number | null;
}

export interface SimulatedCallCardOptions {
  /** ms after the hang-up before the call's record exists, as on a portal that writes it a moment later. Default 0. */
  readonly recordDelayMs?: number;
  readonly placement?: string;
  /** ms of the hold after `disableAutoClose`; 65 000 as on a real portal. */
  readonly holdOpenMs?: number;
  /** The state the first call starts in; `connecting` (ringing) by default. */
  readonly initialState?: CallState;
  /** The portal's CRM: a call without a CRM entity is bound to the client with its number, and `CRM_CREATE` adds leads to it. */
  readonly crm?: SimulatedCrm;
  /** Where ended calls are written; the portal shares one list between its cards and REST. */
  readonly records?: CallRecord[];
  /** The user whose card this is. Default 1. */
  readonly userId?: number;
  /** A card saved with {@link SimulatedCallCard.toJSON}: it comes back as it was, and `call` is ignored. */
  readonly saved?: SavedCallCard;
}

/**
 * The host side of one Bitrix24 call card, in memory: the call, the auto-close rules and the
 * three events, with the real host's quirks. {@link createCallCardSimulator} wraps it as a
 * connection; a frame-protocol emulator can drive the same model.
 */
export class SimulatedCallCard {
  readonly placement: string;
  readonly holdOpenMs: number;
  #status: HostCallStatus;
  #options: Record<string, unknown>;
  #open = true;
  #autoCloseBlocked = false;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #crm: SimulatedCrm;
  /** Each listener, with the one event it binds (`undefined`: every event). */
  readonly #listeners = new Map<SimulatedEventListener, CallCardEventName | undefined>();
  readonly #openListeners = new Set<(open: boolean) => void>();
  readonly #records: CallRecord[];
  readonly userId: number;
  readonly #recordDelayMs: number;
  #startedAt = Date.now();
  #connectedAt: number | null = null;

  constructor(call: ExternalCallRegisterParams = {}, options: SimulatedCallCardOptions = {}) {
    this.placement = options.placement ?? CALL_CARD_PLACEMENT;
    this.holdOpenMs = options.holdOpenMs ?? HOLD_OPEN_MS;
    this.#recordDelayMs = options.recordDelayMs ?? 0;
    this.#crm = options.crm ?? new SimulatedCrm({});
    this.#records = options.records ?? [];
    this.userId = options.userId ?? 1;
    const { saved } = options;
    if (saved) {
      this.#status = structuredClone(saved.status);
      this.#options = structuredClone(saved.options);
      this.#open = saved.open;
      this.#autoCloseBlocked = saved.autoCloseBlocked;
      this.#startedAt = saved.startedAt;
      this.#connectedAt = saved.connectedAt;
      return;
    }
    this.#status = registerExternalCall(call, this.#crm, options.initialState ?? 'connecting').status;
    this.#options = toPlacementOptions(this.#status);
    if (options.initialState === 'connected') this.#connectedAt = this.#startedAt;
  }

  /** The card as it is now, to make it again with the `saved` option. */
  toJSON(): SavedCallCard {
    return structuredClone({ status: this.#status, options: this.#options, open: this.#open, autoCloseBlocked: this.#autoCloseBlocked, startedAt: this.#startedAt, connectedAt: this.#connectedAt });
  }

  /** The records of the calls that ended, oldest first (copies), as `voximplant.statistic.get` lists them. */
  get records(): CallRecord[] {
    return this.#records.map((record) => ({ ...record }));
  }

  /** The current call, as `getStatus` would answer (a copy). */
  get status(): HostCallStatus {
    return structuredClone(this.#status);
  }

  /** The `PLACEMENT_OPTIONS` the widget got when the card (re)opened: every value a string. */
  get placementOptions(): Record<string, unknown> {
    return structuredClone(this.#options);
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** What the widget last asked for; the host itself never reports it. */
  get autoCloseBlocked(): boolean {
    return this.#autoCloseBlocked;
  }

  /** `true` while an ended call's card is held open by `disableAutoClose`. */
  get isHolding(): boolean {
    return this.#holdTimer !== undefined;
  }

  /** `getInterface`'s answer, in the portal's order. */
  get interface(): PlacementInterface {
    const isCallCard = this.placement === CALL_CARD_PLACEMENT;
    return { command: isCallCard ? [...PORTAL_CALL_CARD_INTERFACE.command] : [], event: isCallCard ? [...PORTAL_CALL_CARD_INTERFACE.event] : [] };
  }

  /** Told when the card opens or closes: a portal destroys the widget's iframe with the card and makes a new one when it opens again. */
  onOpenChange(listener: (open: boolean) => void): () => void {
    this.#openListeners.add(listener);
    return () => this.#openListeners.delete(listener);
  }

  /**
   * Host events, each `event` only when given (a widget's binding), else every event (a log). There is no way to
   * remove a listener, as on a real host.
   */
  listen(listener: SimulatedEventListener, event?: CallCardEventName): void {
    this.#listeners.set(listener, event);
  }

  /**
   * Answers a placement command, or returns `undefined` when the host would stay silent:
   * an unknown command, or any command outside CALL_CARD.
   */
  handleCommand(command: string): { answer: unknown } | undefined {
    if (this.placement !== CALL_CARD_PLACEMENT || !(CALL_CARD_COMMANDS as readonly string[]).includes(command)) return undefined;
    // A portal destroys the widget's iframe with the card, so the widget never hears an error. The
    // simulator keeps the widget on screen: it answers with the last call and ignores auto-close.
    if (!this.#open) return { answer: command === 'getStatus' ? this.status : [] };
    switch (command) {
      case 'getStatus':
        return { answer: this.status };
      case 'disableAutoClose':
        this.#autoCloseBlocked = true;
        if (this.isHolding) this.#startHold();
        return { answer: [] };
      default:
        this.#autoCloseBlocked = false;
        if (this.#hasEnded()) this.#closeNow();
        return { answer: [] };
    }
  }

  /** Starts a call as `telephony.externalcall.register` would, and shows its card (state `connecting`). */
  startCall(params: ExternalCallRegisterParams = {}): ExternalCallRegisterResult {
    const { status, createdLead } = registerExternalCall(params, this.#crm);
    this.showCall(status);
    return { CALL_ID: status.CALL_ID, CRM_CREATED_LEAD: createdLead, CRM_ENTITY_TYPE: status.CRM_ENTITY_TYPE, CRM_ENTITY_ID: status.CRM_ENTITY_ID };
  }

  /** Shows a registered call on the card (`telephony.externalcall.show`), opening the card when closed. */
  showCall(status: HostCallStatus): void {
    this.#cancelHold();
    const reopened = !this.#open;
    this.#status = structuredClone(status);
    this.#startedAt = Date.now();
    this.#connectedAt = null;
    this.#open = true;
    if (reopened) {
      // A closed card comes back as a new iframe: fresh options, fresh auto-close.
      this.#autoCloseBlocked = false;
      this.#options = toPlacementOptions(status);
      this.#announceOpen(true);
    }
    this.#emitEntityChanged();
    this.#emit('CallCard::CallStateChanged', [status.CALL_STATE]);
  }

  connect(): void {
    this.#connectedAt ??= Date.now();
    this.#setState('connected');
  }

  /** Moves the call to any state, announcing it as the host does (for scripted scenarios and benchmarks). */
  changeState(state: CallState): void {
    this.#setState(state);
  }

  /**
   * Ends the call with a `telephony.externalcall.finish` STATUS_CODE. A code other than 200 goes out
   * as `failedCode`, a second event argument only the simulator sends. Then the card tries to close.
   */
  hangUp(statusCode: FinishStatusCode | (string & {}) = SUCCESS_CODE, details: { durationSeconds?: number } = {}): CallRecord {
    const failedCode = String(statusCode) === SUCCESS_CODE ? undefined : String(statusCode);
    const durationSeconds = details.durationSeconds ?? (this.#connectedAt === null ? 0 : Math.round((Date.now() - this.#connectedAt) / 1000));
    const record = callRecord(this.#records, { status: this.#status, statusCode: String(statusCode), durationSeconds, startedAt: this.#startedAt, userId: this.userId });
    this.#writeRecord(record);
    this.#setState('idle', failedCode === undefined ? undefined : { failedCode });
    if (!this.#open) return record;
    // The close attempt always announces itself, even when keep-open blocks it.
    this.#emit('CallCard::BeforeClose', [[]]);
    if (this.#autoCloseBlocked) this.#startHold();
    else this.#setClosed();
    return record;
  }

  /** Binds the call to another primary CRM entity, as when the operator creates or picks one. */
  changeEntity(entityType: string, entityId: number, phoneNumber?: string): void {
    this.#status.CRM_ENTITY_TYPE = entityType;
    this.#status.CRM_ENTITY_ID = entityId;
    this.#status.CRM_ACTIVITY_ID ??= '';
    if (phoneNumber !== undefined) this.#status.PHONE_NUMBER = phoneNumber;
    this.#addBinding(entityType, entityId);
    this.#emitEntityChanged();
  }

  /** Links one more CRM object to the call; the primary entity stays. */
  addBinding(entityType: string, entityId: number): void {
    this.#addBinding(entityType, entityId);
    this.#emitEntityChanged();
  }

  /** Call-list mode: the operator moves on to the next client. A new CALL_ID, the card stays. */
  nextClient(params: ExternalCallRegisterParams = {}): ExternalCallRegisterResult {
    this.#cancelHold();
    this.#open = true;
    return this.startCall({ TYPE: 1, CALL_LIST_ID: 1, ...params });
  }

  /** The operator closes the card. */
  close(): void {
    if (this.#open) this.#closeNow();
  }

  dispose(): void {
    this.#cancelHold();
    this.#listeners.clear();
    this.#openListeners.clear();
  }

  #addBinding(entityType: string, entityId: number): void {
    const known = this.#status.CRM_BINDINGS.some((binding) => binding.ENTITY_TYPE === entityType && binding.ENTITY_ID === entityId);
    if (!known) this.#status.CRM_BINDINGS.push({ ENTITY_TYPE: entityType, ENTITY_ID: entityId });
  }

  #writeRecord(record: CallRecord): void {
    if (this.#recordDelayMs > 0) setTimeout(() => this.#records.push(record), this.#recordDelayMs);
    else this.#records.push(record);
  }

  #setState(state: CallState, extra?: { failedCode: string }): void {
    this.#status.CALL_STATE = state;
    this.#emit('CallCard::CallStateChanged', extra ? [state, extra] : [state]);
  }

  #hasEnded(): boolean {
    return this.#status.CALL_STATE === 'idle';
  }

  #emitEntityChanged(): void {
    this.#emit('CallCard::EntityChanged', [
      {
        CRM_ENTITY_TYPE: this.#status.CRM_ENTITY_TYPE,
        CRM_ENTITY_ID: this.#status.CRM_ENTITY_ID,
        PHONE_NUMBER: this.#status.PHONE_NUMBER ?? 'unknown',
      },
    ]);
  }

  #startHold(): void {
    this.#cancelHold();
    this.#holdTimer = setTimeout(() => {
      this.#holdTimer = undefined;
      this.#closeNow();
    }, this.holdOpenMs);
  }

  #cancelHold(): void {
    clearTimeout(this.#holdTimer);
    this.#holdTimer = undefined;
  }

  #closeNow(): void {
    this.#cancelHold();
    this.#emit('CallCard::BeforeClose', [[]]);
    this.#setClosed();
  }

  #setClosed(): void {
    this.#open = false;
    this.#announceOpen(false);
  }

  #announceOpen(open: boolean): void {
    for (const listener of [...this.#openListeners]) listener(open);
  }

  #emit(event: CallCardEventName, args: unknown[]): void {
    if (this.placement !== CALL_CARD_PLACEMENT) return;
    // As a portal posts an event to each binding of that event only, each one gets its own copy, and only it.
    for (const [listener, bound] of [...this.#listeners]) if (bound === undefined || bound === event) listener(event, structuredClone(args));
  }
}
