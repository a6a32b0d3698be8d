import { CallCardError } from '../model/errors.js';
import { isOpenablePath } from '../model/openable-path.js';
import type { CallState } from '../model/types.js';
import { subscribeHostEvent } from './event-hub.js';
import type { CallCardEventName, PlacementConnection, PlacementInterface } from './placement-connection.js';
import { NO_CARD_ANSWER, type ExternalCallRegisterParams, type ExternalCallRegisterResult, type FinishStatusCode } from '../portal/host-messages.js';
import { answerRest } from '../portal/rest/answer-rest.js';
import type { SimulatedCallCard } from '../portal/simulated-call-card.js';
import type { SimulatedCrmRecords } from '../portal/simulated-crm.js';
import { SimulatedPortal } from '../portal/simulated-portal.js';
import { developerMessage } from '../model/developer-message.js';

export interface CallCardSimulatorInit {
  /** The first call, as `telephony.externalcall.register` parameters. A demo call when omitted. */
  readonly call?: ExternalCallRegisterParams;
  /** The state the first call is in when the widget loads. Default `connecting`. */
  readonly state?: CallState;
  /** Another placement code makes the host ignore every command, as a real one does. */
  readonly placement?: string;
  /** The portal language (a Bitrix24 code). Default `en`. */
  readonly lang?: string;
  /** The portal origin links point to. Default `https://example.bitrix24.com`. */
  readonly portalOrigin?: string;
  /** CRM records for `callMethod` (titles of bindings), keyed `TYPE:ID`; `null` means access denied. */
  readonly crm?: SimulatedCrmRecords;
  /**
   * Delay of every answer and event, in ms. Default 0 (still asynchronous, as postMessage is).
   * `'sync'` delivers events and answers at once, for benchmarks that drive updates precisely.
   */
  readonly latencyMs?: number | 'sync';
  /** The keep-open hold after the call ends. Default 65 000 ms, as on a real portal. */
  readonly holdOpenMs?: number;
  /** ms after a hang-up before `voximplant.statistic.get` lists the call, as a portal may take. Default 0. */
  readonly recordDelayMs?: number;
}

/** One line of the simulator's traffic log. */
export interface SimulatorLogEntry {
  readonly at: number;
  readonly kind: 'command' | 'answer' | 'no-answer' | 'event' | 'open-path' | 'resize' | 'rest';
  readonly name: string;
  readonly payload?: unknown;
}

/** How the simulated host treats one command, to rehearse host faults. */
export type CommandFault = 'silent' | 'error';

/** A {@link PlacementConnection} to an in-memory CALL_CARD host, plus the controls that drive its call. */
export interface CallCardSimulator extends PlacementConnection {
  /** The host-side call card model. */
  readonly card: SimulatedCallCard;
  /** The portal behind the card: CRM, call records and REST. */
  readonly portal: SimulatedPortal;
  /** What went to and came from the host, oldest first: at least the last {@link SIMULATOR_LOG_LIMIT} entries, at most twice that. */
  readonly log: readonly SimulatorLogEntry[];
  onLog(listener: (entry: SimulatorLogEntry) => void): () => void;
  /** The names of the commands the host received, in order. */
  commandsReceived(): string[];
  setCommandFault(command: string, fault: CommandFault | null): void;
  startCall(params?: ExternalCallRegisterParams): ExternalCallRegisterResult;
  connect(): void;
  hangUp(statusCode?: FinishStatusCode | (string & {})): void;
  changeEntity(entityType: string, entityId: number, phoneNumber?: string): void;
  addBinding(entityType: string, entityId: number): void;
  nextClient(params?: ExternalCallRegisterParams): ExternalCallRegisterResult;
  close(): void;
  dispose(): void;
  openPath(path: string): Promise<void>;
  resize(size?: { height: number }): void;
  getInterface(): Promise<PlacementInterface>;
  callMethod(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

/** The traffic log keeps at least this many (and at most twice as many) entries, so a long-lived simulated page does not grow. */
export const SIMULATOR_LOG_LIMIT = 1000;

/** The call the simulator shows when given none: an incoming call from a known contact. */
export const DEMO_CALL: ExternalCallRegisterParams = Object.freeze({
  PHONE_NUMBER: '+4930123456',
  TYPE: 2,
  LINE_NUMBER: '+49 30 000-00-00',
  LINE_NAME: 'Berlin office',
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: 17,
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 5 },
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 },
  ],
});

/**
 * An in-memory Bitrix24 call card that behaves as the real host does: handlers get one argument
 * (plus `{failedCode}` on a failed hang-up, which only the simulator can send), nothing unbinds,
 * `BeforeClose` fires on the blocked attempt and on the real close, unknown commands get no answer,
 * `PLACEMENT_OPTIONS` is all strings, and `disableAutoClose` holds an ended call's card open 65 s.
 */
export function createCallCardSimulator(init: CallCardSimulatorInit = {}): CallCardSimulator {
  const portal = new SimulatedPortal({ ...init, call: init.call ?? DEMO_CALL });
  const { card } = portal;
  const latency = init.latencyMs ?? 0;
  const log: SimulatorLogEntry[] = [];
  const logListeners = new Set<(entry: SimulatorLogEntry) => void>();
  const faults = new Map<string, CommandFault>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const record = (kind: SimulatorLogEntry['kind'], name: string, payload?: unknown) => {
    const entry: SimulatorLogEntry = { at: Date.now(), kind, name, ...(payload === undefined ? {} : { payload }) };
    log.push(entry);
    // Trim in batches: one splice per LIMIT entries, not one per entry.
    if (log.length >= 2 * SIMULATOR_LOG_LIMIT) log.splice(0, log.length - SIMULATOR_LOG_LIMIT);
    for (const listener of [...logListeners]) listener(entry);
  };
  const later = (work: () => void) => {
    if (latency === 'sync') return work();
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, latency);
    timers.add(timer);
  };
  card.listen((event, args) => record('event', event, args));

  const simulator: CallCardSimulator = {
    kind: 'simulator',
    isReady: true,
    ready: () => Promise.resolve(),
    card,
    portal,
    log,
    placement: card.placement,
    get options() {
      return card.placementOptions;
    },
    lang: init.lang ?? 'en',
    hostKey: card,
    portalOrigin: init.portalOrigin ?? 'https://example.bitrix24.com',
    call(command, params = {}) {
      record('command', command, params);
      const fault = faults.get(command);
      const handled = fault === 'silent' ? undefined : card.handleCommand(command);
      if (!handled) {
        record('no-answer', command);
        return new Promise<never>(() => {});
      }
      const answer = fault === 'error' ? structuredClone(NO_CARD_ANSWER) : handled.answer;
      return new Promise((resolve) =>
        later(() => {
          record('answer', command, answer);
          resolve(answer);
        }),
      );
    },
    bindEvent: (event, handler) =>
      subscribeHostEvent(
        card,
        event,
        (dispatch) => card.listen((_name, args) => later(() => dispatch(...args)), event as CallCardEventName),
        handler,
      ),
    getInterface: () => new Promise((resolve) => later(() => resolve(card.interface))),
    openPath(path) {
      record('open-path', path);
      return new Promise((resolve, reject) =>
        later(() =>
          isOpenablePath(path)
            ? resolve()
            : reject(new CallCardError('COMMAND_FAILED', developerMessage('path-refused', path, 'PATH_NOT_AVAILABLE'), { command: 'openPath', hostCode: 'PATH_NOT_AVAILABLE' })),
        ),
      );
    },
    resize: (size) => record('resize', size ? `100%x${size.height}` : 'fit'),
    callMethod(method, params = {}) {
      record('rest', method, params);
      const { status, body } = answerRest(portal, method, params, { kind: 'app', userId: card.userId });
      return new Promise((resolve, reject) =>
        later(() =>
          status === 200
            ? resolve(body['result'])
            : reject(new CallCardError('COMMAND_FAILED', developerMessage('method-failed', method, String(body['error_description'])), { command: method, hostCode: String(body['error']) })),
        ),
      );
    },
    onLog(listener) {
      logListeners.add(listener);
      return () => logListeners.delete(listener);
    },
    commandsReceived: () => log.filter((entry) => entry.kind === 'command').map((entry) => entry.name),
    setCommandFault(command, fault) {
      if (fault) faults.set(command, fault);
      else faults.delete(command);
    },
    startCall: (params) => card.startCall(params),
    connect: () => card.connect(),
    hangUp: (statusCode) => card.hangUp(statusCode),
    changeEntity: (entityType, entityId, phoneNumber) => card.changeEntity(entityType, entityId, phoneNumber),
    addBinding: (entityType, entityId) => card.addBinding(entityType, entityId),
    nextClient: (params) => card.nextClient(params),
    close: () => card.close(),
    dispose() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      card.dispose();
      logListeners.clear();
    },
  };
  return simulator;
}
