import { CallCardError, hostErrorCode } from '../model/errors.js';
import { subscribeHostEvent } from './event-hub.js';
import type { HostEventHandler, PlacementConnection, PlacementInterface } from './placement-connection.js';
import { developerMessage } from '../model/developer-message.js';

type Callback<T = unknown> = (result: T) => void;

/** The REST result object the classic library hands to `callMethod` callbacks. */
export interface Bx24AjaxResult {
  data(): unknown;
  error(): unknown;
}

/** The part of the classic `BX24` library (the portal's api/v1 script) the kit uses. */
export interface Bx24Like {
  init(callback: () => void): void;
  getLang?(): string;
  /** The portal's domain (`example.bitrix24.com`), once initialized. */
  getDomain?(): string;
  placement: {
    info(): { placement?: string; options?: unknown };
    call(command: string, params: unknown, callback: Callback): void;
    bindEvent(event: string, callback: HostEventHandler): void;
    getInterface?(callback: Callback<PlacementInterface>): void;
  };
  openPath?(path: string, callback?: Callback): void;
  fitWindow?(callback?: Callback): void;
  resizeWindow?(width: number, height: number, callback?: Callback): void;
  /** What `fitWindow` sends as the height (`scrollHeight`): the library reads it through `BX24`, as it sends. */
  getScrollSize?(): { scrollWidth: number; scrollHeight: number };
  callMethod?(method: string, params: unknown, callback: Callback<Bx24AjaxResult>): void;
}

declare global {
  interface Window {
    /** `null` when the library loaded outside a Bitrix24 frame: it then throws and sets `BX24 = null`. */
    BX24?: Bx24Like | null;
  }
}

/** A portal's host name, with an optional port: nothing that could change the origin it makes. */
const PORTAL_DOMAIN = /^[a-z0-9.-]+(:\d+)?$/i;

/**
 * The portal origin from the iframe's `window.name`, which the host sets to `DOMAIN|PROTOCOL|APP_SID`
 * (PROTOCOL `1` is https).
 */
export function originFromFrameName(name: string): string | undefined {
  const [domain, protocol] = name.split('|');
  if (!domain || protocol === undefined || !PORTAL_DOMAIN.test(domain)) return undefined;
  return `${protocol === '1' ? 'https' : 'http'}://${domain}`;
}

/**
 * The portal origin: `BX24.getDomain()` (documented) once the library is ready, with the protocol
 * from the frame's name (a cloud portal is always https); else the frame's name alone.
 */
function portalOriginOf(bx24: Bx24Like, ready: boolean): string | undefined {
  const fromName = originFromFrameName(globalThis.window?.name ?? '');
  const domain = ready ? bx24.getDomain?.() : undefined;
  if (typeof domain !== 'string' || !PORTAL_DOMAIN.test(domain)) return fromName;
  return `${fromName?.startsWith('http:') ? 'http' : 'https'}://${domain}`;
}

/** One init per `BX24` object, however many connections wrap it. */
const initialized = new WeakMap<Bx24Like, Promise<void>>();
const readyHosts = new WeakSet<Bx24Like>();

function whenInitialized(bx24: Bx24Like): Promise<void> {
  let ready = initialized.get(bx24);
  if (!ready) {
    ready = new Promise<void>((resolve) => {
      bx24.init(() => {
        readyHosts.add(bx24);
        resolve();
      });
    });
    initialized.set(bx24, ready);
  }
  return ready;
}

/** Turns a callback-style host call into a promise; a synchronous throw becomes a rejection. */
function viaCallback<T>(command: string, start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start(resolve);
    } catch (error) {
      reject(CallCardError.from(error, 'COMMAND_FAILED', command));
    }
  });
}

/**
 * A connection over the classic `BX24` library. It waits for `BX24.init`, then uses
 * `BX24.placement.info/call/bindEvent/getInterface`, `BX24.getLang`, `BX24.openPath`,
 * `BX24.fitWindow`/`resizeWindow` and `BX24.callMethod` as Bitrix24 documents them.
 *
 * @throws {CallCardError} `NO_HOST` when there is no `BX24` object.
 */
export function bx24Connection(bx24: Bx24Like | null | undefined = globalThis.window?.BX24): PlacementConnection {
  if (bx24 === null) throw new CallCardError('NO_HOST', developerMessage('outside-bitrix24'));
  if (!bx24?.placement || typeof bx24.init !== 'function') {
    throw new CallCardError('NO_HOST', developerMessage('no-bx24-library'));
  }
  const host = bx24;
  const info = () => (readyHosts.has(host) ? host.placement.info() : {});
  const connection: PlacementConnection = {
    kind: 'bx24',
    get isReady() {
      return readyHosts.has(host);
    },
    ready: () => whenInitialized(host),
    get placement() {
      return info().placement ?? '';
    },
    get options() {
      return info().options;
    },
    get lang() {
      return host.getLang?.() ?? '';
    },
    get portalOrigin() {
      return portalOriginOf(host, readyHosts.has(host));
    },
    hostKey: host,
    call: (command, params = {}) => viaCallback(command, (callback) => host.placement.call(command, params, callback)),
    bindEvent: (event, handler) => subscribeHostEvent(host, event, (dispatch) => host.placement.bindEvent(event, dispatch), handler),
  };
  if (host.placement.getInterface) {
    const getInterface = host.placement.getInterface.bind(host.placement);
    connection.getInterface = () => viaCallback('getInterface', getInterface);
  }
  if (host.openPath) {
    const openPath = host.openPath.bind(host);
    // The callback runs on refusal, or later when the slider closes.
    connection.openPath = (path) =>
      viaCallback<unknown>('openPath', (callback) => openPath(path, callback)).then((answer) => {
        const hostCode = hostErrorCode(answer);
        if (hostCode) throw new CallCardError('COMMAND_FAILED', developerMessage('path-refused', path, hostCode), { command: 'openPath', hostCode });
      });
  }
  if (host.fitWindow) {
    const fitWindow = host.fitWindow.bind(host);
    connection.resize = (size) => {
      if (!size) return fitWindow();
      // fitWindow is the library's only way to send the width '100%' (resizeWindow parses it to a number,
      // which pins the frame's width); it sends BX24.getScrollSize().scrollHeight, which never shrinks.
      // So, for this one call, that reports the content's height.
      const own = Object.getOwnPropertyDescriptor(host, 'getScrollSize');
      host.getScrollSize = () => ({ scrollWidth: document.documentElement.scrollWidth, scrollHeight: size.height });
      try {
        fitWindow();
      } finally {
        if (own) Object.defineProperty(host, 'getScrollSize', own);
        else delete host.getScrollSize;
      }
    };
  }
  if (host.callMethod) {
    const callMethod = host.callMethod.bind(host);
    connection.callMethod = (method, params = {}) =>
      viaCallback<Bx24AjaxResult>(method, (callback) => callMethod(method, params, callback)).then((result) => {
        const error: unknown = result.error();
        if (error) throw new CallCardError('COMMAND_FAILED', developerMessage('method-failed', method, String(error)), { command: method });
        return result.data();
      });
  }
  return connection;
}
