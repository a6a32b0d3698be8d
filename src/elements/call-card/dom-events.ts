import type { CallCardControllerEvent } from '../../controller/call-card-controller.js';
import type { CallCardErrorInfo } from '../../model/errors.js';
import { B24BeforeCloseEvent, B24CallStateChangeEvent, B24EntityChangeEvent, B24ErrorEvent, B24ReadyEvent } from './call-card.events.js';

/** The `b24-error` event for an error: its code and message, nothing the host said besides. */
export function errorEventOf(error: Pick<CallCardErrorInfo, 'code' | 'message'>): B24ErrorEvent {
  return new B24ErrorEvent({ code: error.code, message: error.message });
}

/** The DOM event the provider fires for what its controller reports. */
export function domEventFor(event: CallCardControllerEvent): Event {
  switch (event.type) {
    case 'ready':
      return new B24ReadyEvent();
    case 'call-state-change':
      return new B24CallStateChangeEvent({ state: event.state, previous: event.previous, failedCode: event.failedCode, initial: event.initial });
    case 'entity-change':
      return new B24EntityChangeEvent({ entity: event.entity, bindings: event.bindings, initial: event.initial });
    case 'before-close':
      return new B24BeforeCloseEvent();
    case 'error':
      return errorEventOf(event.error);
  }
}
