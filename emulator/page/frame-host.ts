import { CALL_CARD_PLACEMENT, type CallCardEventName } from '../../src/connection/placement-connection.js';
import { toPlacementOptions, type HostCallStatus } from '../../src/portal/host-messages.js';
import { APP_SCOPE, MEMBER_ID, type PortalAuth } from '../../src/portal/app-tokens.js';
import { isOpenablePath } from '../../src/model/openable-path.js';
import { CARD_ACTIONS, type CardAction, type CardBatch, type CardState } from '../portal-host.js';
import type { PortalLink } from './portal-link.js';

/** Faults a real portal shows now and then, in shorter form. */
export const HOST_FAULTS = [
  'delay-replies',
  'drop-replies',
  'malformed-json',
  'foreign-origin-event',
  'duplicate-events',
  'before-close-twice',
  'entity-unknown-phone',
  'status-missing-keys',
  'unknown-callback',
] as const;
export type HostFault = (typeof HOST_FAULTS)[number];

export interface FrameLogEntry {
  readonly at: number;
  /** `in`: from the widget; `out`: to the widget; `dropped`: refused by the host's checks; `note`: what the host did. */
  readonly direction: 'in' | 'out' | 'dropped' | 'note';
  readonly text: string;
}

export interface FrameHostOptions {
  /** Where the widget's iframe goes. The host creates it, since the name must be set before it loads. */
  readonly container: HTMLElement;
  readonly widgetUrl: string;
  /** The line to the portal: user 1's card, and the tokens its REST accepts. */
  readonly link: PortalLink;
  readonly appSid?: string;
  readonly lang?: string;
  /**
   * `post` (default): as a portal does, a form POST to `widget?DOMAIN=…&PROTOCOL=…&LANG=…&APP_SID=…`
   * with the auth and placement fields in the body. `get`: a plain GET, for dev servers that refuse POST.
   */
  readonly load?: 'post' | 'get';
  /** ms a delayed reply waits (the SDK gives up after 900). */
  readonly delayMs?: number;
}

interface ParsedMessage {
  readonly command: string;
  readonly params: unknown;
  readonly callbackId: string;
  readonly appSid: string;
}

/** The log keeps at least this many entries (and at most twice as many): a busy widget cannot grow it without end. */
export const FRAME_LOG_LIMIT = 1000;

/** Text for the log, whatever the widget sent: cyclic objects, BigInt and the like never throw. */
function describeMessage(data: unknown): string {
  if (typeof data === 'string') return data.length > 2000 ? `${data.slice(0, 2000)}… (${data.length} characters)` : data;
  try {
    return describeMessage(JSON.stringify(data) ?? String(data));
  } catch {
    return `[${Object.prototype.toString.call(data)} that is not JSON]`;
  }
}

/** Only http(s) pages may be loaded as the widget: `javascript:` or `data:` would run in the emulator's origin. */
export function isWidgetUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Commands the newest portal template denies outside the default placement (`denyInterface`): it
 * stays silent. There is no `fitWindow` command at all: the library sends `resizeWindow`.
 */
const DENIED_OUTSIDE_DEFAULT = new Set(['setTitle']);

/** The portal's reading of `resizeWindow`: `'100%'` stays, any other width is whole pixels (100 when missing or unreadable). */
function layoutSize(params: unknown): { width: string; height: number } {
  const { width, height } = (params ?? {}) as { width?: unknown; height?: unknown };
  return { width: width === '100%' ? '100%' : `${Number.parseInt(String(width), 10) || 100}px`, height: Number.parseInt(String(height), 10) };
}

/** Params that are not JSON: the portal's `JSON.parse` throws, and the message goes unanswered. */
export class MalformedParams extends Error {}

/** `command:params:callbackId:appSid`, where params may be missing or hold colons itself. */
export function parseStringMessage(data: string): ParsedMessage | null {
  const parts = data.split(':');
  if (parts.length < 3) return null;
  const appSid = parts.pop()!;
  const callbackId = parts.pop()!;
  const command = parts.shift()!;
  const raw = parts.join(':');
  let params: unknown = {};
  if (raw) {
    try {
      params = JSON.parse(raw);
    } catch (error) {
      throw new MalformedParams(`${command}'s params are not JSON (${error instanceof Error ? error.message : 'unreadable'})`);
    }
  }
  return { command, params, callbackId, appSid };
}

/** The newer object form: `{method, params, callback, appSid}`. */
function parseObjectMessage(data: unknown): ParsedMessage | null {
  if (data === null || typeof data !== 'object') return null;
  const { method, params, callback, appSid } = data as Record<string, unknown>;
  if (typeof method !== 'string' || typeof callback !== 'string' || typeof appSid !== 'string') return null;
  return { command: method, params: params ?? {}, callbackId: callback, appSid };
}

/** The card as the panel and tests drive it: what it shows now, and the portal's actions (each resolves once applied). */
export type CardControls = CardState & { readonly [action in CardAction]: (...args: unknown[]) => Promise<unknown> };

function cardControls(link: PortalLink): CardControls {
  const controls = {} as Record<string, unknown>;
  for (const key of Object.keys(link.state) as (keyof CardState)[]) {
    Object.defineProperty(controls, key, { get: () => link.state[key], enumerable: true });
  }
  for (const action of CARD_ACTIONS) controls[action] = (...args: unknown[]) => link.act(action, args);
  return controls as unknown as CardControls;
}

const STATUS_KEYS_KEPT_WHEN_FAULTY: readonly (keyof HostCallStatus)[] = ['CALL_ID', 'CALL_STATE'];

/**
 * The host side of Bitrix24's frame protocol for one CALL_CARD widget, over the simulator's call
 * model: it names the iframe `DOMAIN|PROTOCOL|APP_SID`, answers `command:params:callbackId:appSid`
 * with `callbackId:json`, checks origin and APP_SID, and delivers events (first argument only).
 */
export class FrameHost {
  readonly card: CardControls;
  /** The portal's own switches: `expireAuth()` ends every token's life, to rehearse `expired_token`; `reset()` starts a fresh portal. */
  readonly portal: { expireAuth(): Promise<unknown>; reset(): Promise<unknown> };
  readonly link: PortalLink;
  readonly appSid: string;
  #widgetOrigin: string;
  readonly log: FrameLogEntry[] = [];
  readonly faults = new Set<HostFault>();
  /** The widget's iframe while the card is open; a portal destroys it with the card and makes a new one when the card opens again. */
  iframe: HTMLIFrameElement | null = null;
  /** The app's layout `div` around the iframe: `resizeWindow` sizes it, and the iframe fills it. */
  layout: HTMLDivElement | null = null;
  readonly #container: HTMLElement;
  #widgetUrl: string;
  readonly #load: 'post' | 'get';
  /** Cards opened in this page: the portal's interface lists the events once more for each. */
  #cardsOpened = 1;
  readonly #sliders: { path: string; close: () => void }[] = [];
  readonly #lang: string;
  readonly #delayMs: number;
  /** event name → callback ids the widget bound; never removed, as on a real host. */
  readonly #bindings = new Map<string, string[]>();
  readonly #logListeners = new Set<(entry: FrameLogEntry) => void>();
  readonly #onMessage = (event: MessageEvent) => this.#receive(event);
  /** The widget's token: the same in the POST that loads it and in getInitData, until refreshAuth. */
  #token: Promise<PortalAuth> | null = null;
  /** `PLACEMENT_OPTIONS` as the card had them when the widget loaded: the portal writes them into the page once. */
  #placementOptions: Record<string, unknown> = {};

  constructor(options: FrameHostOptions) {
    this.link = options.link;
    this.card = cardControls(options.link);
    this.portal = { expireAuth: () => options.link.act('expireAuth'), reset: () => options.link.act('reset') };
    this.#container = options.container;
    this.#widgetUrl = options.widgetUrl;
    this.#load = options.load ?? 'post';
    this.appSid = options.appSid ?? Math.random().toString(16).slice(2).padEnd(32, '0');
    this.#lang = options.lang ?? 'en';
    this.#delayMs = options.delayMs ?? 1500;
    this.#widgetOrigin = isWidgetUrl(options.widgetUrl) ? new URL(options.widgetUrl).origin : 'null';
    this.link.onBatch((batch) => this.#apply(batch));
    window.addEventListener('message', this.#onMessage);
    if (this.link.state.isOpen) this.#loadWidget();
    else this.#record('note', 'the card is closed: a call (the panel, or REST) opens it');
  }

  /** The origin the widget's messages must come from, and the host's answers go to. */
  get widgetOrigin(): string {
    return this.#widgetOrigin;
  }

  /** The address the card's app tab loads. */
  get widgetUrl(): string {
    return this.#widgetUrl;
  }

  /**
   * Shows another app's tab (a handler bound to CALL_CARD): its page loads in the card, in a new
   * iframe with a new token, as when the operator picks the tab.
   */
  showWidget(url: string): void {
    if (!isWidgetUrl(url) || url === this.#widgetUrl) return;
    this.#widgetUrl = url;
    this.#widgetOrigin = new URL(url).origin;
    this.#record('note', `tab ${url} picked`);
    if (!this.link.state.isOpen) return;
    this.layout?.remove();
    this.#bindings.clear();
    this.#loadWidget();
  }

  /** The changes one task made in the portal, applied in one task, as the portal's page does. */
  #apply(batch: CardBatch): void {
    for (const change of batch.changes) {
      if (change.kind === 'event') this.#deliver(change.event, change.args);
      else if (change.kind === 'close') this.#closeFrame();
      else this.#reopen();
    }
  }

  /** A new layout and iframe with the widget, named and loaded as the portal's app.layout does. */
  #loadWidget(): void {
    const token = this.link.issueAuth(this.#widgetUrl);
    this.#token = token;
    this.#placementOptions = toPlacementOptions(this.link.state.status);
    const layout = Object.assign(document.createElement('div'), { className: 'app-layout' });
    const iframe = document.createElement('iframe');
    iframe.title = 'Widget';
    const protocol = location.protocol === 'https:' ? '1' : '0';
    // The browsing context takes its name when the iframe is inserted; set it first.
    iframe.name = `${location.host}|${protocol}|${this.appSid}`;
    iframe.allow = 'geolocation; microphone; camera; autoplay';
    layout.append(iframe);
    this.#container.append(layout);
    this.layout = layout;
    this.iframe = iframe;
    if (!isWidgetUrl(this.#widgetUrl)) this.#record('dropped', `not an http(s) widget URL, not loaded: ${describeMessage(this.#widgetUrl)}`);
    else void token.then((auth) => this.iframe === iframe && (this.#load === 'get' ? this.#getFrom(iframe, protocol, auth) : this.#postTo(iframe, protocol, auth)));
  }

  /**
   * The card closed: the portal destroys the card and the widget's iframe in the same task. What it
   * posted to the widget in that task (the final `idle`, `BeforeClose`, an answer) is never delivered;
   * the widget gets only its document's `pagehide`.
   */
  #closeFrame(): void {
    this.layout?.remove();
    this.layout = null;
    this.iframe = null;
    this.#record('note', 'card closed: the widget\'s iframe was removed in the same task, as on a portal; what was posted to it in that task is lost');
  }

  /** The card opened again: a new iframe, new bindings, a new token, as on a portal. */
  #reopen(): void {
    this.layout?.remove();
    this.#bindings.clear();
    this.#cardsOpened += 1;
    this.#loadWidget();
    this.#record('note', 'card opened: the widget loads in a new iframe');
  }

  /** The paths open in simulated sliders, newest last. */
  get sliders(): string[] {
    return this.#sliders.map((slider) => slider.path);
  }

  /** Closes the newest slider (as the operator would), which answers its openPath with `close`. */
  closeSlider(): void {
    this.#sliders.at(-1)?.close();
  }

  #openSlider(path: string, onClose: () => void): void {
    const panel = document.createElement('section');
    panel.className = 'slider';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', `Slider: ${path}`);
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close slider' });
    panel.append(Object.assign(document.createElement('p'), { textContent: `A portal would show ${path} here, in a slider over the card.` }), button);
    const slider = {
      path,
      close: () => {
        panel.remove();
        this.#sliders.splice(this.#sliders.indexOf(slider), 1);
        this.#record('note', `slider ${path} closed`);
        onClose();
      },
    };
    button.addEventListener('click', slider.close);
    this.#sliders.push(slider);
    this.#container.append(panel);
    this.#record('note', `slider opened: ${path}`);
  }

  /** Adds a line to the log (for what the page around the host does, such as REST). */
  note(text: string): void {
    this.#record('note', text);
  }

  /** The widget's address with the portal's query fields: `DOMAIN`, `PROTOCOL`, `LANG`, `APP_SID`. */
  #widgetAddress(protocol: string): URL {
    const url = new URL(this.#widgetUrl);
    for (const [key, value] of [['DOMAIN', location.host], ['PROTOCOL', protocol], ['LANG', this.#lang], ['APP_SID', this.appSid]]) url.searchParams.set(key!, value!);
    return url;
  }

  /** The fields a portal POSTs to the widget: its token and the placement. */
  #loadFields(auth: PortalAuth): Record<string, string> {
    return {
      AUTH_ID: auth.AUTH_ID,
      AUTH_EXPIRES: String(auth.AUTH_EXPIRES),
      REFRESH_ID: auth.REFRESH_ID,
      SERVER_ENDPOINT: 'https://oauth.bitrix.info/rest/',
      APPLICATION_TOKEN: auth.application_token,
      APPLICATION_SCOPE: APP_SCOPE,
      member_id: auth.member_id,
      status: 'L',
      PLACEMENT: this.link.state.placement,
      PLACEMENT_OPTIONS: JSON.stringify(this.#placementOptions),
    };
  }

  /** `--get`: the same fields, in the query string of a plain GET (a portal never does this). */
  #getFrom(iframe: HTMLIFrameElement, protocol: string, auth: PortalAuth): void {
    const url = this.#widgetAddress(protocol);
    for (const [name, value] of Object.entries(this.#loadFields(auth))) url.searchParams.set(name, value);
    iframe.src = url.href;
    this.#record('note', `widget loaded by GET (--get): the portal's POST fields are in the query string of ${url.href}`);
  }

  /** Loads the widget as a portal's app.layout does: a hidden form POSTs into the iframe by its name. */
  #postTo(iframe: HTMLIFrameElement, protocol: string, auth: PortalAuth): void {
    const url = this.#widgetAddress(protocol);
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = url.href;
    form.target = iframe.name;
    form.hidden = true;
    for (const [name, value] of Object.entries(this.#loadFields(auth))) form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
    iframe.after(form);
    form.submit();
    form.remove();
    this.#record('note', `widget loaded by POST to ${url.href}`);
  }

  onLog(listener: (entry: FrameLogEntry) => void): () => void {
    this.#logListeners.add(listener);
    return () => this.#logListeners.delete(listener);
  }

  setFault(fault: HostFault, on: boolean): void {
    if (on) this.faults.add(fault);
    else this.faults.delete(fault);
    this.#record('note', `fault ${fault} ${on ? 'on' : 'off'}`);
  }

  /** Posts a reply for a callback id the widget never sent (a stray answer from a real portal). */
  sendStrayReply(): void {
    this.#post(`stray${Date.now()}:${JSON.stringify({ CALL_STATE: 'connected' })}`);
  }

  /** Posts an event from a frame of another origin; the widget's client must drop it. */
  sendForeignOriginEvent(): void {
    const callbackId = this.#bindings.get('CallCard::CallStateChanged')?.[0] ?? 'unknown';
    const foreign = document.createElement('iframe');
    foreign.sandbox.add('allow-scripts'); // an opaque origin, "null"
    foreign.hidden = true;
    const message = JSON.stringify(`${callbackId}:${JSON.stringify('connected')}`);
    foreign.srcdoc = `<script>const target = parent.frames[0]; target.postMessage(${message}, '*');</script>`;
    document.body.append(foreign);
    this.#record('note', `event CallCard::CallStateChanged sent from a foreign origin (null) to callback ${callbackId}`);
    setTimeout(() => foreign.remove(), 1000);
  }

  dispose(): void {
    window.removeEventListener('message', this.#onMessage);
    this.link.close();
  }

  #record(direction: FrameLogEntry['direction'], text: string): void {
    const entry = { at: Date.now(), direction, text };
    this.log.push(entry);
    // Trim in batches: one splice per LIMIT entries, not one per entry.
    if (this.log.length >= 2 * FRAME_LOG_LIMIT) this.log.splice(0, this.log.length - FRAME_LOG_LIMIT);
    for (const listener of [...this.#logListeners]) listener(entry);
  }

  #post(message: string): void {
    this.#record('out', message);
    this.iframe?.contentWindow?.postMessage(message, this.widgetOrigin);
  }

  #reply(callbackId: string, value: unknown): void {
    // A portal sends nothing back to a message without a callback id.
    if (!callbackId) return;
    if (this.faults.has('drop-replies')) {
      this.#record('note', `reply to ${callbackId} dropped (fault)`);
      return;
    }
    const body = this.faults.has('malformed-json') ? '{"CALL_STATE": "conn' : value === undefined ? '' : JSON.stringify(value);
    const send = () => this.#post(`${callbackId}:${body}`);
    if (this.faults.has('delay-replies')) setTimeout(send, this.#delayMs);
    else send();
  }

  /**
   * Whatever the widget posts, the host never throws. Like the portal's bridge it checks only the
   * origin, not which window sent the message; answers go to the widget's iframe.
   */
  #receive(event: MessageEvent): void {
    if (event.source === window) return;
    try {
      this.#receiveFromWidget(event);
    } catch (error) {
      if (error instanceof MalformedParams) {
        this.#record('dropped', `${error.message}: a portal page throws a SyntaxError here and answers nothing: ${describeMessage(event.data)}`);
        return;
      }
      this.#record('dropped', `message the host could not handle (${error instanceof Error ? error.name : 'error'}): ${describeMessage(event.data)}`);
    }
  }

  #receiveFromWidget(event: MessageEvent): void {
    const text = describeMessage(event.data);
    if (event.origin !== this.widgetOrigin) {
      this.#record('dropped', `wrong origin ${event.origin}: ${text}`);
      return;
    }
    const message = typeof event.data === 'string' ? parseStringMessage(event.data) : parseObjectMessage(event.data);
    if (!message) {
      this.#record('dropped', `unreadable message: ${text}`);
      return;
    }
    if (message.appSid !== this.appSid) {
      this.#record('dropped', `wrong APP_SID ${message.appSid}: ${text}`);
      return;
    }
    this.#record('in', text);
    this.#handle(message);
  }

  #handle({ command, params, callbackId }: ParsedMessage): void {
    const isCallCard = this.link.state.placement === CALL_CARD_PLACEMENT;
    switch (command) {
      case 'getInitData': {
        const iframe = this.iframe;
        void this.#initData().then((data) => this.iframe === iframe && this.#reply(callbackId, data));
        return;
      }
      case 'getInterface': {
        const { command: commands, event: events } = this.link.state.interface;
        return this.#reply(callbackId, { command: commands, event: Array.from({ length: this.#cardsOpened }, () => events).flat() });
      }
      case 'placementBindEvent': {
        const event = (params as { event?: unknown } | null)?.event;
        const name = typeof event === 'string' ? event : '';
        if (!isCallCard || !this.link.state.interface.event.includes(name)) {
          this.#record('note', `bind of ${name || '?'} ignored: not an event of this placement`);
          return;
        }
        const ids = this.#bindings.get(name) ?? [];
        ids.push(callbackId);
        this.#bindings.set(name, ids);
        this.#record('note', `bound ${name} to callback ${callbackId} (for the life of the page)`);
        return; // no immediate answer; the id is reused for every later event
      }
      case 'resizeWindow': {
        // The portal styles the layout around the iframe (a numeric width pins it) and answers the layout's size.
        if (!this.layout) return;
        const { width, height } = layoutSize(params);
        this.layout.style.width = width;
        if (height) this.layout.style.height = `${height}px`;
        const box = this.layout.getBoundingClientRect();
        return this.#reply(callbackId, { width: Math.round(box.width), height: Math.round(box.height) });
      }
      case 'setScroll': {
        const scroll = Number.parseInt(String((params as { scroll?: unknown } | null)?.scroll), 10);
        if (scroll >= 0) window.scrollTo(window.scrollX, scroll);
        return this.#reply(callbackId, params);
      }
      case 'reloadWindow':
        // The portal reloads its whole page, the operator's call card included.
        this.#record('note', 'reloadWindow: the whole portal page reloads, as on a portal');
        location.reload();
        return;
      case 'openPath': {
        // The portal tests the raw path against its rule: an absolute URL (another origin) is refused.
        const path = (params as { path?: unknown } | null)?.path;
        if (typeof path !== 'string' || !isOpenablePath(path)) return this.#reply(callbackId, { result: 'error', errorCode: 'PATH_NOT_AVAILABLE' });
        // It opens in a slider; the answer `close` comes when the slider is closed.
        this.#openSlider(path, () => this.#reply(callbackId, { result: 'close' }));
        return;
      }
      case 'refreshAuth': {
        const token = this.link.issueAuth(this.#widgetUrl);
        this.#token = token;
        void token.then((auth) => this.#reply(callbackId, { AUTH_ID: auth.AUTH_ID, AUTH_EXPIRES: auth.AUTH_EXPIRES, REFRESH_ID: auth.REFRESH_ID }));
        return;
      }
      default: {
        if (DENIED_OUTSIDE_DEFAULT.has(command)) {
          this.#record('note', `${command}: denied outside the default placement, no answer (as a real portal)`);
          return;
        }
        if (!isCallCard || !this.link.state.interface.command.includes(command)) {
          this.#record('note', `${command}: unknown here, no answer (as a real portal)`);
          return;
        }
        if (command === 'getStatus') {
          // The card's state is here already: answered in the same task, as the portal's page does.
          const status = this.link.state.status;
          return this.#reply(callbackId, this.faults.has('status-missing-keys') ? Object.fromEntries(STATUS_KEYS_KEPT_WHEN_FAULTY.map((key) => [key, status[key]])) : status);
        }
        void this.link.command(command).then((handled) => {
          if (handled) this.#reply(callbackId, handled.answer);
          else this.#record('note', `${command}: unknown here, no answer (as a real portal)`);
        });
        return;
      }
    }
  }

  #deliver(event: CallCardEventName, args: readonly unknown[]): void {
    let payload = args[0];
    if (event === 'CallCard::EntityChanged' && this.faults.has('entity-unknown-phone')) payload = { ...(payload as object), PHONE_NUMBER: 'unknown' };
    // The host's frame bridge passes only the first argument into the iframe; BeforeClose carries none.
    const body = event === 'CallCard::BeforeClose' ? '' : JSON.stringify(payload);
    const times = this.faults.has('duplicate-events') || (event === 'CallCard::BeforeClose' && this.faults.has('before-close-twice')) ? 2 : 1;
    for (const callbackId of this.#bindings.get(event) ?? []) {
      for (let index = 0; index < times; index += 1) this.#post(`${callbackId}:${body}`);
    }
  }

  async #initData() {
    const token = await this.#token!;
    return {
      LANG: this.#lang,
      DOMAIN: location.host,
      PROTOCOL: location.protocol === 'https:' ? 1 : 0,
      // '/rest', as a portal sends it: the classic library appends '/<method>.json' (so '/rest/' made '//batch.json').
      PATH: '/rest',
      AUTH_ID: token.AUTH_ID,
      // The template writes the lifetime into the page as a string.
      AUTH_EXPIRES: String(token.AUTH_EXPIRES),
      REFRESH_ID: token.REFRESH_ID,
      // Empty option sets are PHP's empty arrays. The classic library reads these without a check.
      USER_OPTIONS: [],
      APP_OPTIONS: [],
      MEMBER_ID: MEMBER_ID,
      IS_ADMIN: true,
      INSTALL: false,
      FIRST_RUN: false,
      PLACEMENT: this.link.state.placement,
      PLACEMENT_OPTIONS: this.#placementOptions,
    };
  }
}
