import { LitElement, css, html, type PropertyValues } from 'lit';
import type { FinishStatusCode } from '../../src/portal/host-messages.js';
import { FAILURE_CODES } from '../../src/model/failure-codes.js';
import { FRAME_LOG_LIMIT, FrameHost, HOST_FAULTS, isWidgetUrl, type FrameLogEntry, type HostFault } from './frame-host.js';
import type { InstalledAppView } from '../server/app-installer.js';
import { pagePortal, serverPortal, type PortalLink } from './portal-link.js';

/** A tab of the card: a handler and its title. */
interface CardTab {
  readonly title: string;
  readonly url: string;
}

/** What the panel says about the widget's server refusing the portal's POST, by HTTP status. */
export function postRefusal(status: number, reason?: string, url = 'the widget'): string | null {
  if (status === 0) return `The widget's handler ${url} is down: the emulator's server could not reach it (${reason ?? 'no answer'}). On a portal the tab stays blank.`;
  if (status < 400) return null;
  return (
    `The widget's server refused the portal's POST with HTTP ${status}. A real portal loads the widget by POST, ` +
    'so there the tab stays blank. Serve the widget from a server that accepts POST, or start the emulator with --get while you develop.'
  );
}

/**
 * A local Bitrix24 call card: the widget at `widget-url` runs in an iframe, spoken to through
 * Bitrix24's frame protocol. A panel drives the call and switches faults; a log shows every message.
 * Developer tooling: its labels are English and stay out of the kit's catalogs.
 */
export class B24CallCardEmulator extends LitElement {
  static override styles = css`
    :host { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(320px, 1fr); gap: 16px; font: 14px system-ui, sans-serif; color: #333; }
    .frame-column { min-width: 0; }
    [role='tablist'] { display: flex; gap: 4px; margin-block-end: 8px; }
    [role='tab'][aria-selected='true'] { font-weight: 600; }
    fieldset { border: 1px solid #dfe0e3; border-radius: 8px; margin: 0 0 12px; display: flex; flex-wrap: wrap; gap: 6px; }
    legend { font-weight: 600; }
    ol { max-height: 420px; overflow: auto; margin: 0; padding: 0 0 0 2.5em; font: 12px ui-monospace, monospace; }
    li { white-space: pre-wrap; overflow-wrap: anywhere; }
    .in { color: #0b5394; } .out { color: #2e7d32; } .dropped { color: #b3261e; } .note { color: #525c69; }
    .problem { color: #b3261e; font-weight: 600; } .rest { overflow-wrap: anywhere; }
    .app { flex-basis: 100%; overflow-wrap: anywhere; } .app ul { margin: 4px 0; padding-inline-start: 1.2em; font-size: 12px; }
    label { display: inline-flex; gap: 4px; align-items: center; }
  `;

  static override properties = {
    widgetUrl: { attribute: 'widget-url' },
    load: {},
    filter: { state: true },
    restStatus: { state: true },
    tabs: { state: true },
    loadProblem: { state: true },
    apps: { state: true },
    boundTabs: { state: true },
  };

  declare widgetUrl: string;
  /** `post` (as a portal) or `get` (for dev servers that refuse POST). */
  declare load: 'post' | 'get';
  declare filter: string;
  /** What the panel says about REST: the webhook URL, or why there is no REST. */
  declare restStatus: string;
  /** Why the widget may not load as on a portal (its server refuses POST), or null. */
  declare loadProblem: string | null;
  /** The card's tabs: the widget given to the emulator, then each handler bound to CALL_CARD when the page loaded. */
  declare tabs: readonly CardTab[];
  /** The apps the emulator installed (`--app`), with what they bound and what happened. */
  declare apps: readonly InstalledAppView[];
  /** The handlers bound to CALL_CARD now: the tabs the card will show after a reload. */
  declare boundTabs: readonly CardTab[];
  host: FrameHost | undefined;
  #link: PortalLink | undefined;
  #failureCode: FinishStatusCode = '486';

  constructor() {
    super();
    this.widgetUrl = '';
    this.load = 'post';
    this.filter = '';
    this.restStatus = 'REST: connecting…';
    this.loadProblem = null;
    this.tabs = [];
    this.apps = [];
    this.boundTabs = [];
  }

  // The widget's iframe lives in the light DOM, as on a portal page: `window.frames` (and any page
  // script that looks for the widget's window) sees it; an iframe inside a shadow root it would not.
  #frame = Object.assign(document.createElement('div'), { className: 'frame', slot: 'frame' });
  #logList: HTMLOListElement | undefined;
  readonly #unshownLog: FrameLogEntry[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#frame.isConnected) this.append(this.#frame);
  }

  protected override async firstUpdated(): Promise<void> {
    const container = this.#frame;
    const style = document.createElement('style');
    style.textContent =
      'b24-call-card-emulator > .frame { position: relative; min-height: 480px; } ' +
      'b24-call-card-emulator > .frame .app-layout { height: 480px; outline: 1px solid #c9ccd0; border-radius: 8px; background: #fff; overflow: hidden; } ' +
      'b24-call-card-emulator > .frame iframe { display: block; width: 100%; height: 100%; border: 0; } ' +
      'b24-call-card-emulator > .frame .slider { position: absolute; inset: 0 0 0 15%; background: #fff; border: 1px solid #c9ccd0; border-radius: 8px; padding: 12px; box-shadow: -4px 0 12px rgb(0 0 0 / 15%); overflow-wrap: anywhere; }';
    container.append(style);
    this.#logList = this.renderRoot.querySelector('ol')!;
    // The portal lives in the emulator's server; a page served without it runs one of its own.
    const link = (await serverPortal()) ?? pagePortal();
    this.restStatus =
      link.kind === 'server'
        ? `REST: ${location.origin}/rest/<method>.json with the widget's token; webhook ${link.webhook ?? ''}. The portal lives in the emulator's server: reload this page and nothing is lost.`
        : 'REST: not available, and the portal lives in this page. Start the emulator with npx b24-call-card-emulator <url> to get REST, a webhook and a portal that outlives the page.';
    this.#link = link;
    // The portal builds the card's tabs when its page loads: the widget given in the address, then each bound handler.
    const given = isWidgetUrl(this.widgetUrl) ? [{ title: 'Widget', url: this.widgetUrl }] : [];
    this.tabs = [...given, ...tabsOf(link.tabs).filter((tab) => tab.url !== this.widgetUrl)];
    this.boundTabs = tabsOf(link.tabs);
    this.apps = link.apps;
    link.onPlacements((now) => {
      this.apps = now.apps;
      this.boundTabs = tabsOf(now.tabs);
    });
    // Only an http(s) page: `?widget=javascript:…` would otherwise run script in the emulator's origin.
    const first = this.tabs[0]?.url ?? 'about:blank';
    this.host = new FrameHost({ container, widgetUrl: first, link, load: this.load === 'get' ? 'get' : 'post' });
    const add = "Add ?widget=<your widget's http(s) URL> to the address, or start the emulator with --app <install-url>.";
    if (this.widgetUrl && !isWidgetUrl(this.widgetUrl)) this.loadProblem = `Not loaded: "${this.widgetUrl}" is not an http(s) address. ${add}`;
    else if (this.tabs.length === 0) this.loadProblem = link.apps.length > 0 ? 'No app has bound a CALL_CARD handler yet: see Apps below, and reload once one has.' : `No widget. ${add}`;
    const host = this.host;
    link.onRest((note) => host.note(`REST ${note.method} (${note.app ? `app ${note.app}` : note.caller}) → ${note.status}${note.error ? ` ${note.error}` : ''}`));
    link.onBatch(() => this.requestUpdate());
    void this.#probePost(first);
    // The log shows new messages once per frame, one list item each; the oldest go past the limit.
    for (const entry of this.host.log) this.#appendLogEntry(entry);
    this.host.onLog((entry) => this.#appendLogEntry(entry));
    this.requestUpdate();
    this.dispatchEvent(new Event('emulator-ready', { bubbles: true, composed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.host?.dispose();
  }

  /** Shows another tab, and says if its handler is down or refuses the portal's POST. */
  #showTab(url: string): void {
    this.host?.showWidget(url);
    this.loadProblem = null;
    void this.#probePost(url);
  }

  /** Asks the emulator's server whether the widget's server takes the POST a portal loads it with. */
  async #probePost(url: string): Promise<void> {
    if (this.#link?.kind !== 'server' || this.load === 'get' || !isWidgetUrl(url)) return;
    try {
      const answer = (await (await fetch(`/emulator/probe?url=${encodeURIComponent(url)}`)).json()) as { status: number; reason?: string };
      if (this.host?.widgetUrl !== url) return;
      if (typeof answer.status === 'number') this.loadProblem = postRefusal(answer.status, answer.reason, url);
      if (this.loadProblem) this.host?.note(this.loadProblem);
    } catch {
      // No probe: nothing to say.
    }
  }

  #matches(entry: FrameLogEntry): boolean {
    return !this.filter || `${entry.direction} ${entry.text}`.toLowerCase().includes(this.filter.toLowerCase());
  }

  #appendLogEntry(entry: FrameLogEntry): void {
    if (!this.#logList || !this.#matches(entry)) return;
    this.#unshownLog.push(entry);
    if (this.#unshownLog.length >= 2 * FRAME_LOG_LIMIT) this.#unshownLog.splice(0, this.#unshownLog.length - FRAME_LOG_LIMIT);
    // A widget can send thousands of messages in one frame: show them once per frame, not once per message.
    if (this.#unshownLog.length === 1) requestAnimationFrame(() => this.#showLog());
  }

  #showLog(): void {
    const list = this.#logList;
    const entries = this.#unshownLog.splice(0).slice(-FRAME_LOG_LIMIT);
    if (!list || entries.length === 0) return;
    const items = entries.map((entry) => {
      const item = document.createElement('li');
      item.className = entry.direction;
      item.textContent = `${entry.direction} ${entry.text}`;
      return item;
    });
    list.append(...items);
    while (list.childElementCount > FRAME_LOG_LIMIT) list.firstElementChild!.remove();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('filter') || !this.#logList || !this.host) return;
    this.#logList.replaceChildren();
    this.#unshownLog.length = 0;
    for (const entry of this.host.log.slice(-FRAME_LOG_LIMIT)) this.#appendLogEntry(entry);
  }

  /** The handlers bound now differ from the card's tabs: a portal shows them after a reload. */
  #tabsChanged() {
    const shown = new Set(this.tabs.map((tab) => tab.url));
    const bound = new Set(this.boundTabs.map((tab) => tab.url));
    const added = this.boundTabs.filter((tab) => !shown.has(tab.url)).map((tab) => `"${tab.title}" added`);
    const removed = tabsOf(this.#link?.tabs ?? []).filter((tab) => !bound.has(tab.url)).map((tab) => `"${tab.title}" removed`);
    if (added.length + removed.length === 0) return '';
    return html`<p role="status" class="tabs-changed">
      The card's tabs changed since this page loaded (${[...added, ...removed].join(', ')}). A portal builds the tab list when its page loads:
      <button @click=${() => location.reload()}>Reload</button> to see them.
    </p>`;
  }

  #renderApps() {
    const label: Record<InstalledAppView['status'], string> = { installing: 'installing…', installed: 'installed', failed: 'install failed', uninstalled: 'uninstalled' };
    return html`<fieldset class="apps">
      <legend>Apps</legend>
      ${this.apps.map((app) => {
        const problem = app.status === 'failed' ? app.events.filter((event) => event.problem).at(-1) : undefined;
        return html`<div class="app" data-status=${app.status}>
          <strong>${app.installUrl}</strong>: <span class="app-status">${label[app.status]}</span>
          ${problem ? html`<p role="alert" class="problem">${problem.text}</p>` : ''}
          <ul class="app-tabs" aria-label="Its CALL_CARD handlers">
            ${app.tabs.length > 0 ? app.tabs.map((tab) => html`<li>"${tab.title}" → ${tab.handler}</li>`) : html`<li>no CALL_CARD handler bound</li>`}
          </ul>
          <ul class="app-events" aria-label="What happened">
            ${app.events.slice(-6).map((event) => html`<li class=${event.problem ? 'problem' : ''}>${new Date(event.at).toLocaleTimeString()} ${event.text}</li>`)}
          </ul>
          <button @click=${() => void this.#link?.installApp(app.installUrl)}>Install again</button>
          <button ?disabled=${app.status === 'uninstalled'} @click=${() => void this.#link?.uninstallApp(app.installUrl)}>Uninstall</button>
        </div>`;
      })}
    </fieldset>`;
  }

  protected override render() {
    const card = this.host?.card;
    return html`
      <div class="frame-column">
        ${this.tabs.length > 1 || (this.#link?.tabs.length ?? 0) > 0
          ? html`<div role="tablist" aria-label="Call card tabs">
              ${this.tabs.map(
                (tab) => html`<button role="tab" aria-selected=${String(this.host?.widgetUrl === tab.url)} @click=${() => this.#showTab(tab.url)}>${tab.title}</button>`,
              )}
            </div>`
          : ''}
        <slot name="frame"></slot>
      </div>
      <section>
        ${this.loadProblem ? html`<p role="alert" class="problem">${this.loadProblem}</p>` : ''}
        ${this.#tabsChanged()}
        <p class="rest">${this.restStatus}</p>
        ${this.apps.length > 0 ? this.#renderApps() : ''}
        <fieldset>
          <legend>Call</legend>
          <button @click=${() => card?.startCall({ TYPE: 2, PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17 })}>Incoming call</button>
          <button @click=${() => card?.connect()}>Connect</button>
          <label>code
            <select @change=${(event: Event) => (this.#failureCode = (event.target as HTMLSelectElement).value as FinishStatusCode)}>
              ${['486', '200', ...FAILURE_CODES.filter((code) => code !== '486')].map((code) => html`<option>${code}</option>`)}
            </select>
          </label>
          <button @click=${() => card?.hangUp(this.#failureCode)}>Hang up</button>
          <button @click=${() => card?.changeEntity('LEAD', 31)}>Change client</button>
          <button @click=${() => card?.nextClient({ PHONE_NUMBER: '+4930999999' })}>Next client</button>
          <button @click=${() => card?.addBinding('COMPANY', 5)}>Add binding</button>
          <button @click=${() => card?.close()}>Close</button>
          <button @click=${() => this.host?.portal.expireAuth()}>Expire tokens</button>
          <button @click=${() => this.host?.portal.reset()}>New portal</button>
        </fieldset>
        <fieldset>
          <legend>Faults</legend>
          ${HOST_FAULTS.filter((fault) => fault !== 'foreign-origin-event' && fault !== 'unknown-callback').map(
            (fault) => html`<label><input type="checkbox" .checked=${this.host?.faults.has(fault) ?? false} @change=${(event: Event) => this.host?.setFault(fault as HostFault, (event.target as HTMLInputElement).checked)} />${fault}</label>`,
          )}
          <button @click=${() => this.host?.sendForeignOriginEvent()}>Event from a foreign origin</button>
          <button @click=${() => this.host?.sendStrayReply()}>Reply to an unknown callback</button>
        </fieldset>
        <fieldset>
          <legend>Messages</legend>
          <label>filter <input type="search" .value=${this.filter} @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)} /></label>
          <ol aria-live="off"></ol>
        </fieldset>
      </section>
    `;
  }
}

function tabsOf(handlers: readonly { handler: string; title: string }[]): CardTab[] {
  return handlers.map((handler) => ({ title: handler.title || handler.handler, url: handler.handler }));
}

if (!customElements.get('b24-call-card-emulator')) customElements.define('b24-call-card-emulator', B24CallCardEmulator);

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-card-emulator': B24CallCardEmulator;
  }
}
