import type { HostEventHandler } from './placement-connection.js';

type Subscribers = Set<HostEventHandler>;

/**
 * Host objects (a `BX24` global, a `B24Frame`, a simulator) → event name → our subscribers.
 * The host has no unbind and keeps every handler for the life of the page, so each event is
 * bound at most once per host object, whatever number of connections or providers come and go.
 */
const hubs = new WeakMap<object, Map<string, Subscribers>>();

/**
 * Subscribes `handler` to `event` on `host`, calling `bindOnce(dispatch)` only for the first
 * subscriber ever. Returns an unsubscribe function that removes this subscriber only.
 */
export function subscribeHostEvent(
  host: object,
  event: string,
  bindOnce: (dispatch: HostEventHandler) => void,
  handler: HostEventHandler,
): () => void {
  let events = hubs.get(host);
  if (!events) {
    events = new Map();
    hubs.set(host, events);
  }
  let subscribers = events.get(event);
  if (!subscribers) {
    const created: Subscribers = new Set();
    events.set(event, created);
    try {
      bindOnce((...args) => dispatch(created, event, args));
    } catch (error) {
      events.delete(event);
      throw error;
    }
    subscribers = created;
  }
  // A wrapper per subscription, so the same function subscribed twice is two subscribers.
  const subscriber: HostEventHandler = (...args) => handler(...args);
  subscribers.add(subscriber);
  return () => {
    subscribers.delete(subscriber);
  };
}

function dispatch(subscribers: Subscribers, event: string, args: unknown[]): void {
  for (const subscriber of [...subscribers]) {
    try {
      subscriber(...args);
    } catch (error) {
      // One broken subscriber must not starve the others, nor throw into the host's message loop.
      console.error(`b24-call-card-kit: a ${event} subscriber threw`, error);
    }
  }
}
