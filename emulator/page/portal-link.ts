import type { PortalAuth } from '../../src/portal/app-tokens.js';
import type { PlacementHandler } from '../../src/portal/simulated-portal.js';
import type { InstalledAppView } from '../server/app-installer.js';
import { PortalHost, type CardBatch, type CardChange, type CardState, type PortalAction, type RestNote } from '../portal-host.js';

/**
 * The page's line to the portal. Served by the emulator's server, the portal lives there: the page
 * hears the card over server-sent events and sends commands and actions by POST, so a reload loses
 * nothing. Served by a plain file server, the page runs a portal of its own (no REST, gone on reload).
 */
export interface PortalLink {
  /** `server`: the emulator's server holds the portal; `page`: this page does. */
  readonly kind: 'server' | 'page';
  /** The webhook's URL, when the server gives one. */
  readonly webhook: string | null;
  readonly state: CardState;
  /**
   * The CALL_CARD handlers apps had bound (`placement.bind`) when the page loaded: the portal builds the
   * card's tabs then, so a handler bound later shows after a reload.
   */
  readonly tabs: readonly PlacementHandler[];
  /** The apps the emulator's server installed (`--app`), as they were when the page loaded. */
  readonly apps: readonly InstalledAppView[];
  /** Told when an app's install, its events or the portal's handlers change. */
  onPlacements(listener: (now: Placements) => void): void;
  /** Installs the app again (the server POSTs its install event); `undefined` without the server. */
  installApp(installUrl: string): Promise<InstalledAppView | undefined>;
  uninstallApp(installUrl: string): Promise<InstalledAppView | undefined>;
  /** Told of each batch: the changes one task made, to apply in one task. */
  onBatch(listener: (batch: CardBatch) => void): void;
  onRest(listener: (note: RestNote) => void): void;
  /** A widget's card command; `undefined` where the portal stays silent. */
  command(command: string): Promise<{ answer: unknown } | undefined>;
  /** A token for the frame that loads `url`: the token of the app that bound it, if one did. */
  issueAuth(url: string): Promise<PortalAuth>;
  /** A panel action; resolves with its value once the page has applied what it changed. */
  act(action: PortalAction, args?: readonly unknown[]): Promise<unknown>;
  close(): void;
}

/** The apps and the portal's CALL_CARD handlers now. */
export interface Placements {
  readonly apps: readonly InstalledAppView[];
  readonly tabs: readonly PlacementHandler[];
}

/** The portal in this page, for a page served without the emulator's server. */
export function pagePortal(host = new PortalHost()): PortalLink {
  return {
    kind: 'page',
    webhook: null,
    tabs: host.tabs,
    apps: [],
    onPlacements: () => {},
    installApp: async () => undefined,
    uninstallApp: async () => undefined,
    get state() {
      return host.state;
    },
    onBatch: (listener) => void host.onBatch(listener),
    onRest: (listener) => void host.onRest(listener),
    command: async (command) => host.command(command),
    issueAuth: async (url) => host.issueFrameAuth(url),
    act: async (action, args = []) => host.act(action, args).value,
    close: () => {},
  };
}

/** What the server says first, and again after a lost connection. */
interface Hello extends Placements {
  readonly seq: number;
  readonly state: CardState;
  readonly webhook: string;
}

async function post<T>(path: string, body: unknown): Promise<T | undefined> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status === 204) return undefined;
  const answer = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(answer.error ?? `HTTP ${response.status}`);
  return answer;
}

/** What changed while the page could not hear the server: the card closed, opened, or is another card. */
function missedChanges(before: CardState, now: CardState): CardChange[] {
  const sameCard = before.isOpen && now.isOpen && before.status.CALL_ID === now.status.CALL_ID;
  if (sameCard || (!before.isOpen && !now.isOpen)) return [];
  return [...(before.isOpen ? [{ kind: 'close' as const }] : []), ...(now.isOpen ? [{ kind: 'open' as const }] : [])];
}

/**
 * Connects to the portal in the emulator's server; resolves with `null` when the page was served
 * without it. After a lost connection (the server restarted) the page catches up in one batch.
 */
export function serverPortal(): Promise<PortalLink | null> {
  return new Promise((resolve) => {
    const source = new EventSource('/emulator/portal');
    const batchListeners = new Set<(batch: CardBatch) => void>();
    const restListeners = new Set<(note: RestNote) => void>();
    const placementListeners = new Set<(now: Placements) => void>();
    /** Actions and commands waiting for the page to apply the batch that carries their changes. */
    const waiting: { seq: number; resolve: () => void }[] = [];
    let state: CardState;
    let seq = 0;
    let link: PortalLink | null = null;

    const apply = (batch: CardBatch) => {
      seq = batch.seq;
      state = batch.state;
      for (const listener of [...batchListeners]) listener(batch);
      for (const waiter of waiting.filter((entry) => entry.seq <= seq)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve();
      }
    };
    const applied = (target: number) => (target <= seq ? Promise.resolve() : new Promise<void>((done) => waiting.push({ seq: target, resolve: done })));

    source.addEventListener('hello', (event) => {
      const hello = JSON.parse((event as MessageEvent<string>).data) as Hello;
      if (link) {
        apply({ seq: hello.seq, changes: missedChanges(state, hello.state), state: hello.state });
        for (const listener of [...placementListeners]) listener({ apps: hello.apps, tabs: hello.tabs });
        return;
      }
      seq = hello.seq;
      state = hello.state;
      link = {
        kind: 'server',
        webhook: hello.webhook,
        tabs: hello.tabs,
        apps: hello.apps,
        onPlacements: (listener) => void placementListeners.add(listener),
        installApp: (url) => post<InstalledAppView>('/emulator/apps/install', { url }),
        uninstallApp: (url) => post<InstalledAppView>('/emulator/apps/uninstall', { url }),
        get state() {
          return state;
        },
        onBatch: (listener) => void batchListeners.add(listener),
        onRest: (listener) => void restListeners.add(listener),
        command: async (command) => {
          const answer = await post<{ seq: number; answer: unknown }>('/emulator/portal/command', { command });
          if (!answer) return undefined;
          await applied(answer.seq);
          return { answer: answer.answer };
        },
        issueAuth: async (url) => (await post<PortalAuth>('/emulator/portal/auth', { url }))!,
        act: async (action, args = []) => {
          const answer = (await post<{ seq: number; value: unknown }>('/emulator/portal/act', { action, args }))!;
          await applied(answer.seq);
          return answer.value;
        },
        close: () => source.close(),
      };
      resolve(link);
    });
    source.addEventListener('batch', (event) => apply(JSON.parse((event as MessageEvent<string>).data) as CardBatch));
    source.addEventListener('rest', (event) => {
      const note = JSON.parse((event as MessageEvent<string>).data) as RestNote;
      for (const listener of [...restListeners]) listener(note);
    });
    source.addEventListener('apps', (event) => {
      const now = JSON.parse((event as MessageEvent<string>).data) as Placements;
      for (const listener of [...placementListeners]) listener(now);
    });
    source.addEventListener('error', () => {
      // Served by a plain file server: there is no portal to connect to.
      if (!link) {
        source.close();
        resolve(null);
      }
    });
  });
}
