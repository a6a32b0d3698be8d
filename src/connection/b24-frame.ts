import { CallCardError, hostErrorCode } from '../model/errors.js';
import { subscribeHostEvent } from './event-hub.js';
import type { PlacementConnection, PlacementInterface } from './placement-connection.js';
import { developerMessage } from '../model/developer-message.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors the SDK's own `any`-typed signatures */

/**
 * The part of an initialized `B24Frame` (from `@bitrix24/b24jssdk` 2.x, `await initializeB24Frame()`)
 * the kit uses. Declared structurally so the SDK stays an optional peer that is never bundled.
 */
export interface B24FrameLike {
  readonly placement: {
    readonly placement: string;
    readonly options: any;
    call(command: string, parameters?: Record<string, any>): Promise<any>;
    bindEvent(eventName: string, callBack: (...args: any[]) => void): Promise<any>;
    getInterface?(): Promise<any>;
  };
  getLang(): string;
  /** The portal's origin, `https://<domain>`. */
  getTargetOrigin?(): string;
  readonly parent?: {
    fitWindow(): Promise<any>;
    resizeWindow(width: number, height: number): Promise<any>;
  };
  readonly slider?: {
    getUrl(path?: string): URL;
    openPath(url: URL, width?: number): Promise<any>;
  };
  readonly actions?: {
    readonly v2: {
      readonly call: {
        make(options: { method: string; params?: Record<string, any>; requestId?: string }): Promise<any>;
      };
    };
  };
}

/* eslint-enable @typescript-eslint/no-explicit-any */

/** The SDK resolves `{isSafely: true}` when the host did not answer within ~900 ms. It is never data. */
export function isSafelyNoAnswer(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { isSafely?: unknown }).isSafely === true;
}

function sdkError(error: unknown, command: string): CallCardError {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'JSSDK_FRAME_BAD_PAYLOAD'
    ? new CallCardError('BAD_PAYLOAD', `The host answered ${command} with a payload that is not JSON.`, { command, cause: error })
    : CallCardError.from(error, 'COMMAND_FAILED', command);
}

async function answerOf(command: string, pending: Promise<unknown>): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await pending;
  } catch (error) {
    throw sdkError(error, command);
  }
  if (isSafelyNoAnswer(answer)) {
    throw new CallCardError('TIMEOUT', `The host did not answer ${command} (the SDK gave up after ~900 ms). Is the widget open in CALL_CARD?`, { command });
  }
  return answer;
}

/**
 * A connection over an initialized `B24Frame` of `@bitrix24/b24jssdk`. Pass the frame the app
 * already created: `b24FrameConnection(await initializeB24Frame())`.
 */
export function b24FrameConnection(frame: B24FrameLike): PlacementConnection {
  if (!frame?.placement || typeof frame.placement.call !== 'function') {
    throw new CallCardError('NO_HOST', 'b24FrameConnection needs an initialized B24Frame: pass the result of `await initializeB24Frame()`.');
  }
  const { placement } = frame;
  const connection: PlacementConnection = {
    kind: 'b24-frame',
    isReady: true,
    ready: () => Promise.resolve(),
    get placement() {
      return placement.placement;
    },
    get options() {
      return placement.options;
    },
    get lang() {
      return frame.getLang();
    },
    get portalOrigin() {
      return frame.getTargetOrigin?.();
    },
    hostKey: frame,
    // The SDK gives up after `safelyTime` (900 ms by default) and drops a later answer. Let it wait
    // twice as long as the caller, so that an answer a little late still arrives (and confirms keep-open).
    call: (command, params = {}, options = {}) =>
      answerOf(command, placement.call(command, options.timeout ? { ...params, safelyTime: 2 * options.timeout } : params)),
    bindEvent: (event, handler) =>
      subscribeHostEvent(
        frame,
        event,
        (dispatch) => {
          // SDK quirk: an event that arrives within ~900 ms of binding resolves this promise
          // instead of reaching the handler. Forward it, so that no event is lost.
          placement.bindEvent(event, dispatch).then(
            (first: unknown) => {
              if (!isSafelyNoAnswer(first)) dispatch(first);
            },
            (error: unknown) => console.error(`b24-call-card-kit: binding ${event} failed`, error),
          );
        },
        handler,
      ),
  };
  if (placement.getInterface) {
    const getInterface = placement.getInterface.bind(placement);
    connection.getInterface = () => answerOf('getInterface', getInterface()) as Promise<PlacementInterface>;
  }
  const { slider, parent, actions } = frame;
  if (slider) {
    connection.openPath = async (path) => {
      const answer = await answerOf('openPath', slider.openPath(slider.getUrl(path)));
      const hostCode = hostErrorCode(answer);
      if (hostCode) throw new CallCardError('COMMAND_FAILED', developerMessage('path-refused', path, hostCode), { command: 'openPath', hostCode });
    };
  }
  if (parent) {
    connection.resize = (size) => {
      // The SDK's resizeWindow takes numbers only, which pins the frame's width: send the width '100%'.
      const done = size ? placement.call('resizeWindow', { width: '100%', height: size.height }) : parent.fitWindow();
      done.catch((error: unknown) => console.error('b24-call-card-kit: resizing the frame failed', error));
    };
  }
  if (actions) {
    connection.callMethod = async (method, params = {}) => {
      const response = await actions.v2.call.make({ method, params });
      if (!response?.isSuccess) {
        const errors: unknown = response?.getErrorMessages?.();
        throw new CallCardError('COMMAND_FAILED', developerMessage('method-failed', method, Array.isArray(errors) ? errors.join('; ') : 'unknown error'), { command: method });
      }
      return response.getData()?.result;
    };
  }
  return connection;
}
