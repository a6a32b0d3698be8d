import type { CallCardEventName } from '../../src/connection/placement-connection.js';
import type { B24FrameLike } from '../../src/connection/b24-frame.js';
import type { ExternalCallRegisterParams } from '../../src/portal/host-messages.js';
import { SimulatedCallCard } from '../../src/portal/simulated-call-card.js';
import { isOpenablePath } from '../../src/model/openable-path.js';

export interface FakeB24FrameOptions {
  call?: ExternalCallRegisterParams;
  placement?: string;
  /** The SDK's isSafely window (900 ms in the SDK); shorter here to keep tests fast. */
  safelyMs?: number;
  /** Answer with a payload that is not JSON, as the SDK reports it. */
  badPayload?: string[];
}

/**
 * A stand-in shaped like `B24Frame` of @bitrix24/b24jssdk 2.x, with its quirks: commands resolve
 * `{isSafely: true}` when the host stays silent for the safely window, and an event arriving within
 * that window after `bindEvent` resolves the bind promise instead of reaching the handler.
 */
export class FakeB24Frame implements B24FrameLike {
  readonly card: SimulatedCallCard;
  readonly binds: string[] = [];
  readonly opened: string[] = [];
  readonly resizes: string[] = [];
  readonly sent: string[] = [];
  /** The `safelyTime` each call asked the SDK for, `undefined` when none. */
  readonly safelyTimes: (number | undefined)[] = [];
  readonly #safelyMs: number;
  readonly #badPayload: Set<string>;

  constructor(options: FakeB24FrameOptions = {}) {
    this.card = new SimulatedCallCard(options.call ?? { PHONE_NUMBER: '+4930123456', TYPE: 1, CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 8 }, options.placement ? { placement: options.placement } : {});
    this.#safelyMs = options.safelyMs ?? 100;
    this.#badPayload = new Set(options.badPayload ?? []);
  }

  getLang(): string {
    return 'de';
  }

  #send<T>(answer: (() => T | undefined) | undefined, safelyMs = this.#safelyMs): Promise<T | { isSafely: true }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ isSafely: true }), safelyMs);
      const value = answer?.();
      if (value !== undefined) {
        setTimeout(() => {
          clearTimeout(timer);
          resolve(value);
        });
      }
    });
  }

  readonly placement = {
    placement: '',
    options: {} as unknown,
    // As the SDK does: `safelyTime` among the parameters sets the isSafely window (and is not sent).
    call: (command: string, parameters: { safelyTime?: number; width?: unknown; height?: unknown } = {}): Promise<unknown> => {
      if (command === 'resizeWindow') {
        this.resizes.push(`${String(parameters.width)}x${String(parameters.height)}`);
        return Promise.resolve({ width: parameters.width, height: parameters.height });
      }
      this.sent.push(command);
      this.safelyTimes.push(parameters.safelyTime);
      if (this.#badPayload.has(command)) {
        return Promise.reject(Object.assign(new Error('payload is not valid JSON'), { code: 'JSSDK_FRAME_BAD_PAYLOAD' }));
      }
      return this.#send(() => this.card.handleCommand(command)?.answer, parameters.safelyTime ?? this.#safelyMs);
    },
    bindEvent: (eventName: string, callBack: (...args: unknown[]) => void): Promise<unknown> => {
      this.binds.push(eventName);
      const boundAt = Date.now();
      return new Promise((resolve) => {
        let settled = false;
        const timer = setTimeout(() => {
          settled = true;
          resolve({ isSafely: true });
        }, this.#safelyMs);
        this.card.listen((_name, args) => {
          setTimeout(() => {
            if (!settled && Date.now() - boundAt < this.#safelyMs) {
              settled = true;
              clearTimeout(timer);
              resolve(args[0]); // the SDK's quirk: the first event resolves the bind promise
            } else {
              callBack(args[0]);
            }
          });
        }, eventName as CallCardEventName);
      });
    },
    getInterface: () => this.#send(() => this.card.interface),
  };

  readonly parent = {
    fitWindow: () => {
      this.resizes.push('fit');
      return Promise.resolve({});
    },
    resizeWindow: (width: number, height: number) => {
      this.resizes.push(`${width}x${height}`);
      return Promise.resolve();
    },
  };

  readonly slider = {
    getUrl: (path = '/') => new URL(path, 'https://example.bitrix24.com'),
    openPath: (url: URL) => {
      this.opened.push(url.pathname);
      return Promise.resolve(isOpenablePath(url.pathname) ? { isOpenAtNewWindow: false, isClose: true } : { result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
    },
  };

  readonly actions = {
    v2: {
      call: {
        make: ({ method }: { method: string }) =>
          Promise.resolve(
            method === 'crm.contact.get'
              ? { isSuccess: true, getData: () => ({ result: { ID: '17', NAME: 'Anna' } }), getErrorMessages: () => [] }
              : { isSuccess: false, getData: () => null, getErrorMessages: () => ['Method not found'] },
          ),
      },
    },
  };
}

/** Builds a fake frame whose placement getters mirror the card model, as the SDK's do. */
export function fakeB24Frame(options: FakeB24FrameOptions = {}): FakeB24Frame {
  const frame = new FakeB24Frame(options);
  Object.defineProperties(frame.placement, {
    placement: { get: () => frame.card.placement },
    options: { get: () => Object.freeze(frame.card.placementOptions) },
  });
  return frame;
}
