import type { CallCardController, KeepOpenWork } from '../../controller/call-card-controller.js';
import { entityPath } from '../../model/entity-path.js';
import { CallCardError, type CallCardErrorInfo } from '../../model/errors.js';
import { INITIAL_SNAPSHOT, type CallCardSnapshot, type ControllerStatus } from '../../model/snapshot.js';
import type { CrmBinding } from '../../model/types.js';
import type { B24CallCard } from './call-card.js';

/**
 * What your own component needs of the nearest `<b24-call-card>`: the live call and controller state
 * (the snapshot's fields), and what it can do through the same connection. The actions are the same
 * functions for the card's whole life and use its controller of the moment, so they keep working
 * after the connection changes.
 */
export interface CallCardState extends CallCardSnapshot {
  /** `error` also while no host is there (`NO_HOST`); otherwise the snapshot's status. */
  readonly status: ControllerStatus;
  readonly error: CallCardErrorInfo | null;
  /** The card's controller, or `undefined` while there is no host (yet). */
  readonly controller: CallCardController | undefined;
  /** The operator's keep-open choice, as the switch sets it. Resolves `false` without a host. */
  setKeepOpen(value: boolean): Promise<boolean>;
  /** Keeps the card open until `work` settles (see the controller's `keepOpenWhile`). Without a host there is nothing to hold: it only awaits the work. */
  keepOpenWhile<T>(work: KeepOpenWork<T>): Promise<T>;
  /** A portal REST method through the card's connection. Rejects with a `CallCardError` (`NO_HOST` without a host). */
  callMethod(method: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Opens a CRM entity's page in a portal slider. Rejects with a `CallCardError` (`UNSUPPORTED` for an entity with no page). */
  openEntity(entity: Pick<CrmBinding, 'entityType' | 'entityId'>): Promise<void>;
}

interface Cached {
  readonly controller: CallCardController | undefined;
  readonly snapshot: CallCardSnapshot | undefined;
  readonly error: CallCardErrorInfo | null;
  readonly state: CallCardState;
}
const cache = new WeakMap<B24CallCard, Cached>();

function noHost(error: CallCardErrorInfo | null, what: string): CallCardError {
  return new CallCardError('NO_HOST', `${what} needs a host: ${error ? error.message : 'the card is still connecting.'}`, { command: what });
}

type CallCardActions = Pick<CallCardState, 'setKeepOpen' | 'keepOpenWhile' | 'callMethod' | 'openEntity'>;
const actionsByCard = new WeakMap<B24CallCard, CallCardActions>();

/** The actions, made once per card (stable, for effects' dependencies); each uses the card's controller of the moment. */
function actionsOf(card: B24CallCard | undefined, error: CallCardErrorInfo | null): CallCardActions {
  const known = card && actionsByCard.get(card);
  if (known) return known;
  const actions: CallCardActions = {
    setKeepOpen: (value: boolean) => card?.controller?.keepOpen(value) ?? Promise.resolve(false),
    keepOpenWhile: <T>(work: KeepOpenWork<T>): Promise<T> => {
      const current = card?.controller;
      if (current) return current.keepOpenWhile(work);
      try {
        return Promise.resolve(typeof work === 'function' ? work() : work);
      } catch (thrown) {
        return Promise.reject(thrown);
      }
    },
    callMethod: async (method: string, params?: Record<string, unknown>) => {
      const current = card?.controller;
      if (!current) throw noHost(card?.error ?? error, method);
      return current.callMethod(method, params);
    },
    openEntity: async ({ entityType, entityId }: Pick<CrmBinding, 'entityType' | 'entityId'>) => {
      const current = card?.controller;
      if (!current) throw noHost(card?.error ?? error, 'openPath');
      const path = entityPath(entityType, entityId);
      if (!path) throw new CallCardError('UNSUPPORTED', `${entityType} ${entityId} has no page in the portal.`, { command: 'openPath' });
      await current.openPath(path);
    },
  };
  if (card) actionsByCard.set(card, actions);
  return actions;
}

function stateOf(card: B24CallCard | undefined, controller: CallCardController | undefined, snapshot: CallCardSnapshot | undefined, error: CallCardErrorInfo | null): CallCardState {
  return Object.freeze({
    ...(snapshot ?? INITIAL_SNAPSHOT),
    status: snapshot?.status ?? (error ? 'error' : 'connecting'),
    error,
    controller,
    ...actionsOf(card, error),
  });
}

/**
 * The card's {@link CallCardState}, the same object until the snapshot or the error changes (a stable
 * value for React's `useSyncExternalStore` and Vue's `shallowRef`). Follow it with `card.subscribe`.
 */
export function callCardState(card: B24CallCard): CallCardState {
  const { controller, snapshot, error } = card;
  const cached = cache.get(card);
  if (cached && cached.controller === controller && cached.snapshot === snapshot && cached.error === error) return cached.state;
  const state = stateOf(card, controller, snapshot, error);
  cache.set(card, { controller, snapshot, error, state });
  return state;
}

/**
 * The state of a component that has no card (yet): `connecting` without an error, for the moment
 * before it finds one; `error` with the reason when there is none around it. Its actions reject.
 */
export function cardlessState(error: CallCardErrorInfo | null): CallCardState {
  return stateOf(undefined, undefined, undefined, error);
}
