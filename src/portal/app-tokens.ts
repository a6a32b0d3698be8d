/** An app's token, as the portal gives one to a widget (`getInitData`, `refreshAuth`, the loading POST). */
export interface PortalAuth {
  readonly AUTH_ID: string;
  /** Seconds the token lives, as a portal sends it. */
  readonly AUTH_EXPIRES: number;
  readonly REFRESH_ID: string;
  readonly member_id: string;
  /** The app's own token on this portal, the same in every request for it: an app checks the portal's events with it. */
  readonly application_token: string;
}

export const MEMBER_ID = 'emulator';
/** The scopes the portal says an app has (`APPLICATION_SCOPE`, `auth[scope]`): what a call card app needs. */
export const APP_SCOPE = 'crm,placement,telephony';

/** A stable 32-hex-digit token for `app` on this portal (FNV-1a over four seeds): the same after a restart. */
function applicationToken(app: string): string {
  return [0x811c9dc5, 0x01000193, 0x2f6b1a3d, 0x5bd1e995]
    .map((seed) => {
      let hash = seed;
      for (const char of `${MEMBER_ID}:${app}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}
const AUTH_LIFETIME_SECONDS = 3600;

/** The tokens a portal gave its apps, each with the time it stops working. */
export class AppTokens {
  /** token → when it stops working (ms). */
  readonly #expiries: Map<string, number>;
  /** token → the app it was issued to, for tokens of an installed app (`--app`); others are the widget's. */
  readonly #apps: Map<string, string>;

  /** `saved` and `savedApps`: what {@link AppTokens.toJSON} and {@link AppTokens.appsJSON} gave, to carry the tokens over a restart. */
  constructor(saved: Readonly<Record<string, number>> = {}, savedApps: Readonly<Record<string, string>> = {}) {
    this.#expiries = new Map(Object.entries(saved));
    this.#apps = new Map(Object.entries(savedApps));
  }

  /** Which app each token belongs to, where it is not the widget's. */
  appsJSON(): Record<string, string> {
    return Object.fromEntries(this.#apps);
  }

  /** The app `token` was issued to: `''` for the widget given to the emulator. */
  appOf(token: string): string {
    return this.#apps.get(token) ?? '';
  }

  /** Every token with the time it stops working (ms). */
  toJSON(): Record<string, number> {
    return Object.fromEntries(this.#expiries);
  }

  /** A new token, as the loading POST, `getInitData` and `refreshAuth` carry it; `app` owns what it binds. */
  issue(app = ''): PortalAuth {
    const token = `auth${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    this.#expiries.set(token, Date.now() + AUTH_LIFETIME_SECONDS * 1000);
    if (app) this.#apps.set(token, app);
    return { AUTH_ID: token, AUTH_EXPIRES: AUTH_LIFETIME_SECONDS, REFRESH_ID: `refresh${token.slice(4)}`, member_id: MEMBER_ID, application_token: applicationToken(app) };
  }

  /** `valid`, `expired` (the portal answers `expired_token`), or `unknown`. */
  check(token: string): 'valid' | 'expired' | 'unknown' {
    const expires = this.#expiries.get(token);
    if (expires === undefined) return 'unknown';
    return expires > Date.now() ? 'valid' : 'expired';
  }

  /** Ends every token's life now, to rehearse `expired_token`. */
  expireAll(): void {
    for (const token of this.#expiries.keys()) this.#expiries.set(token, 0);
  }
}
