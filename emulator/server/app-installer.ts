// The portal's side of installing an app (`--app <install-url>`): it POSTs the ONAPPINSTALL event with a
// token of the app's own to the install URL, as a portal does for an app without a user interface. The
// app binds its CALL_CARD handler over the portal's REST with that token; the installer watches the
// portal's placements and REST to say, per app, what was bound, bound again or unbound, and why an
// install failed.
import { APP_SCOPE } from '../../src/portal/app-tokens.js';
import type { PlacementHandler } from '../../src/portal/simulated-portal.js';
import type { PortalHost, RestNote } from '../portal-host.js';

/** `installing` until the app answers; `installed` once it answered 2xx; `failed` otherwise; `uninstalled` by the panel. */
export type AppInstallStatus = 'installing' | 'installed' | 'failed' | 'uninstalled';

/** One line of what happened to an app, for the panel. */
export interface AppEvent {
  readonly at: number;
  readonly text: string;
  /** Something the developer must act on (the install failed, the app is down). */
  readonly problem?: boolean;
}

/** An app the emulator installed, as the panel shows it. */
export interface InstalledAppView {
  readonly installUrl: string;
  readonly status: AppInstallStatus;
  /** Its CALL_CARD handlers now (the card's tabs from the next page load). */
  readonly tabs: readonly PlacementHandler[];
  /** What happened, oldest first; the last few only. */
  readonly events: readonly AppEvent[];
}

export interface AppInstallerOptions {
  /** For the install event. Default: `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** ms to wait for the app's answer. Default 15 000 (its `placement.bind` happens meanwhile). */
  readonly timeoutMs?: number;
  readonly lang?: string;
}

const KEPT_EVENTS = 20;
/** Codes Node gives when the app does not trust the portal's certificate. */
const UNTRUSTED = /SELF_SIGNED|UNABLE_TO_VERIFY|CERT_/;

interface AppRecord {
  status: AppInstallStatus;
  events: AppEvent[];
}

/** Why a request to the app failed, in the words a developer needs. */
function unreachable(url: string, error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  if ((error as Error).name === 'TimeoutError') return `${url} did not answer in time.`;
  const code = cause?.code ?? (error as Error).message;
  return `${url} is down: the emulator could not reach it (${code}). Start the app, then press "Install again".`;
}

/** What the app answered to a failed install, with a hint where the cause is well known. */
function refused(status: number, body: string): string {
  const said = body.trim().slice(0, 400);
  const hint = UNTRUSTED.test(said)
    ? ' The app does not trust the emulator\'s certificate: start it with NODE_EXTRA_CA_CERTS="$(npx b24-call-card-emulator --cert-path)".'
    : '';
  return `The app answered the install event with HTTP ${status}${said ? `: ${said}` : ''}.${hint}`;
}

/** Installs apps into the emulator's portal and says what they did. */
export class AppInstaller {
  readonly #portal: PortalHost;
  readonly #options: AppInstallerOptions;
  readonly #apps = new Map<string, AppRecord>();
  readonly #listeners = new Set<() => void>();
  /** The placements as last seen, to tell bound from unbound. */
  #seen: PlacementHandler[];

  constructor(portal: PortalHost, options: AppInstallerOptions = {}) {
    this.#portal = portal;
    this.#options = options;
    this.#seen = portal.tabs;
    portal.onChange(() => this.#comparePlacements());
    portal.onRest((note) => this.#noteRest(note));
  }

  /** Every app the emulator was asked to install, as the panel shows it. */
  get apps(): InstalledAppView[] {
    const tabs = this.#portal.tabs;
    return [...this.#apps].map(([installUrl, record]) => ({ installUrl, status: record.status, tabs: tabs.filter((tab) => tab.app === installUrl), events: [...record.events] }));
  }

  /** Told whenever an app's status, events or tabs change. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Installs the app at `installUrl` (again, if it was): POSTs ONAPPINSTALL with a new token of its
   * own and waits for its answer. Never throws; the view says how it ended.
   */
  async install(installUrl: string): Promise<InstalledAppView> {
    const record = this.#record(installUrl);
    record.status = 'installing';
    this.#event(installUrl, `install event (ONAPPINSTALL) POSTed to ${installUrl}`);
    const origin = this.#portal.portal.origin;
    const auth = this.#portal.issueAuth(installUrl);
    const domain = new URL(origin).host;
    const body = new URLSearchParams({
      event: 'ONAPPINSTALL',
      event_handler_id: '1',
      'data[VERSION]': '1',
      'data[ACTIVE]': 'Y',
      'data[INSTALLED]': 'Y',
      'data[LANGUAGE_ID]': this.#options.lang ?? 'en',
      ts: String(Math.floor(Date.now() / 1000)),
      'auth[access_token]': auth.AUTH_ID,
      'auth[expires]': String(Math.floor(Date.now() / 1000) + auth.AUTH_EXPIRES),
      'auth[expires_in]': String(auth.AUTH_EXPIRES),
      'auth[scope]': APP_SCOPE,
      'auth[domain]': domain,
      'auth[server_endpoint]': 'https://oauth.bitrix.info/rest/',
      'auth[status]': 'L',
      'auth[client_endpoint]': `${origin}/rest/`,
      'auth[member_id]': auth.member_id,
      'auth[user_id]': '1',
      'auth[refresh_token]': auth.REFRESH_ID,
      'auth[application_token]': auth.application_token,
    });
    try {
      const answer = await (this.#options.fetch ?? fetch)(installUrl, { method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(this.#options.timeoutMs ?? 15_000) });
      const text = await answer.text();
      if (answer.ok) {
        record.status = 'installed';
        const tabs = this.#portal.tabs.filter((tab) => tab.app === installUrl);
        this.#event(installUrl, tabs.length > 0 ? `installed (HTTP ${answer.status})` : `installed (HTTP ${answer.status}), but it bound no CALL_CARD handler: the card shows no tab for it`, tabs.length === 0);
      } else {
        record.status = 'failed';
        this.#event(installUrl, refused(answer.status, text), true);
      }
    } catch (error) {
      record.status = 'failed';
      this.#event(installUrl, unreachable(installUrl, error), true);
    }
    return this.apps.find((app) => app.installUrl === installUrl)!;
  }

  /** Uninstalls the app, as a portal does: its handlers go, and the card loses its tab at the next page load. */
  uninstall(installUrl: string): InstalledAppView | undefined {
    const record = this.#apps.get(installUrl);
    if (!record) return undefined;
    record.status = 'uninstalled';
    this.#event(installUrl, 'uninstalled: the portal removed its handlers');
    this.#portal.removeAppPlacements(installUrl);
    return this.apps.find((app) => app.installUrl === installUrl);
  }

  #record(installUrl: string): AppRecord {
    let record = this.#apps.get(installUrl);
    if (!record) this.#apps.set(installUrl, (record = { status: 'installing', events: [] }));
    return record;
  }

  #event(installUrl: string, text: string, problem = false): void {
    const events = this.#record(installUrl).events;
    events.push({ at: Date.now(), text, ...(problem ? { problem } : {}) });
    events.splice(0, Math.max(0, events.length - KEPT_EVENTS));
    for (const listener of [...this.#listeners]) listener();
  }

  /** Bound and unbound handlers, by comparing the placements with those last seen. */
  #comparePlacements(): void {
    const now = this.#portal.tabs;
    const key = (tab: PlacementHandler) => `${tab.app ?? ''} ${tab.handler}`;
    const before = new Set(this.#seen.map(key));
    const after = new Set(now.map(key));
    const added = now.filter((tab) => !before.has(key(tab)));
    const removed = this.#seen.filter((tab) => !after.has(key(tab)));
    this.#seen = now;
    for (const tab of added) if (tab.app && this.#apps.has(tab.app)) this.#event(tab.app, `bound CALL_CARD "${tab.title}" → ${tab.handler}: the card shows the tab from the next page load`);
    for (const tab of removed) if (tab.app && this.#apps.has(tab.app)) this.#event(tab.app, `unbound CALL_CARD "${tab.title}" → ${tab.handler}: the card drops the tab at the next page load`);
  }

  #noteRest(note: RestNote): void {
    if (!note.app || !this.#apps.has(note.app) || !note.method.toLowerCase().startsWith('placement.')) return;
    if (note.error === 'ERROR_PLACEMENT_HANDLER_ALREADY_BINDED') this.#event(note.app, 'placement.bind again: already bound (a reinstall), nothing changed');
    else if (note.error) this.#event(note.app, `${note.method} refused: ${note.error}`, true);
  }
}
