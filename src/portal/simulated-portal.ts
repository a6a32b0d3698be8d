import type { CallState } from '../model/types.js';
import { AppTokens, type PortalAuth } from './app-tokens.js';
import { callRecord, registerExternalCall } from './external-calls.js';
import type { CallRecord, ExternalCallRegisterParams, HostCallStatus } from './host-messages.js';
import { PORTAL_USERS, type PortalUser } from './portal-users.js';
import { SimulatedCallCard, type SavedCallCard } from './simulated-call-card.js';
import { DEMO_CRM, SimulatedCrm, type SimulatedCrmRecords } from './simulated-crm.js';

/** A handler an app bound with `placement.bind`. */
export interface PlacementHandler {
  readonly placement: string;
  readonly handler: string;
  readonly title: string;
  readonly description: string;
  /** The app that bound it (its install URL); absent for the widget given to the emulator. */
  readonly app?: string;
}

/** An app's external line (`telephony.externalLine.*`). */
export interface ExternalLine {
  readonly ID: number;
  readonly NUMBER: string;
  NAME: string;
  CRM_AUTO_CREATE: 'Y' | 'N';
}

/** A comment on a CRM record's timeline (`crm.timeline.comment.add`). */
export interface TimelineComment {
  readonly ID: number;
  readonly CREATED: string;
  readonly ENTITY_ID: number;
  /** `deal`, `lead`, `contact`, `company` or `dynamic_<entityTypeId>`. */
  readonly ENTITY_TYPE: string;
  readonly AUTHOR_ID: number;
  readonly COMMENT: string;
}

/** A call registered through REST, wherever it is shown. */
export interface RegisteredCall {
  status: HostCallStatus;
  readonly userId: number;
  readonly startedAt: number;
  finished: CallRecord | null;
}

/** A portal as {@link SimulatedPortal.toJSON} saves it: everything REST and the card can read back. */
export interface SavedPortal {
  readonly version: 1;
  readonly crm: SimulatedCrmRecords;
  readonly records: readonly CallRecord[];
  readonly placements: readonly PlacementHandler[];
  readonly calls: readonly (RegisteredCall & { readonly callId: string })[];
  readonly tokens: Readonly<Record<string, number>>;
  /** token → the installed app it belongs to. */
  readonly tokenApps?: Readonly<Record<string, string>>;
  readonly card: SavedCallCard;
  readonly externalLines?: readonly ExternalLine[];
  /** CALL_ID → the attached record's file id. */
  readonly recordFiles?: Readonly<Record<string, number>>;
  readonly timelineComments?: readonly TimelineComment[];
}

export interface SimulatedPortalInit {
  /** The call user 1's card opens with. */
  readonly call?: ExternalCallRegisterParams;
  readonly state?: CallState;
  readonly placement?: string;
  readonly crm?: SimulatedCrmRecords;
  readonly holdOpenMs?: number;
  readonly recordDelayMs?: number;
  /** A portal saved with {@link SimulatedPortal.toJSON}: it comes back whole, and `call`, `state` and `crm` are ignored. */
  readonly saved?: SavedPortal;
}

/**
 * One Bitrix24 portal in memory: its CRM, its users, the call records, the apps' tokens and
 * placements, and user 1's call card. The simulator, the emulator's frame host and its REST server
 * all answer from one of these, so what the widget is told and what REST returns never disagree.
 */
export class SimulatedPortal {
  readonly crm: SimulatedCrm;
  readonly records: CallRecord[] = [];
  readonly card: SimulatedCallCard;
  readonly users = PORTAL_USERS;
  readonly placements: PlacementHandler[] = [];
  readonly externalLines: ExternalLine[] = [];
  readonly timelineComments: TimelineComment[] = [];
  /** Where the portal is served (`https://127.0.0.1:4024`), for the absolute URLs REST answers with; empty in a page. */
  origin = '';
  /** CALL_ID → the file id of the record attached to the call. */
  readonly #recordFiles = new Map<string, number>();
  readonly #calls = new Map<string, RegisteredCall>();
  readonly #tokens: AppTokens;

  constructor(init: SimulatedPortalInit = {}) {
    const { saved } = init;
    this.crm = new SimulatedCrm(saved?.crm ?? init.crm ?? DEMO_CRM);
    this.#tokens = new AppTokens(saved?.tokens, saved?.tokenApps);
    if (saved) {
      this.records.push(...structuredClone(saved.records));
      this.placements.push(...structuredClone(saved.placements));
      this.externalLines.push(...structuredClone(saved.externalLines ?? []));
      this.timelineComments.push(...structuredClone(saved.timelineComments ?? []));
      for (const [callId, fileId] of Object.entries(saved.recordFiles ?? {})) this.#recordFiles.set(callId, fileId);
      for (const { callId, ...call } of structuredClone(saved.calls)) this.#calls.set(callId, call);
    }
    this.card = new SimulatedCallCard(init.call ?? {}, {
      ...(saved ? { saved: saved.card } : {}),
      crm: this.crm,
      records: this.records,
      ...(init.placement === undefined ? {} : { placement: init.placement }),
      ...(init.holdOpenMs === undefined ? {} : { holdOpenMs: init.holdOpenMs }),
      ...(init.state === undefined ? {} : { initialState: init.state }),
      ...(init.recordDelayMs === undefined ? {} : { recordDelayMs: init.recordDelayMs }),
    });
    if (!saved) this.#track(this.card.status, this.card.userId);
  }

  /** The whole portal as plain data (JSON-safe), to make it again with the `saved` option. */
  toJSON(): SavedPortal {
    return {
      version: 1,
      crm: this.crm.toJSON(),
      records: structuredClone(this.records),
      placements: structuredClone(this.placements),
      calls: [...this.#calls].map(([callId, call]) => ({ callId, ...structuredClone(call) })),
      tokens: this.#tokens.toJSON(),
      tokenApps: this.#tokens.appsJSON(),
      card: this.card.toJSON(),
      externalLines: structuredClone(this.externalLines),
      recordFiles: Object.fromEntries(this.#recordFiles),
      timelineComments: structuredClone(this.timelineComments),
    };
  }

  /** Adds a comment to a record's timeline; returns its id. */
  addTimelineComment(comment: Omit<TimelineComment, 'ID'>): number {
    const id = Math.max(0, ...this.timelineComments.map((existing) => existing.ID)) + 1;
    this.timelineComments.push({ ID: id, ...comment });
    return id;
  }

  /** Whether a call with this id was registered (or is on the card). */
  hasCall(callId: string): boolean {
    return this.#call(callId) !== undefined;
  }

  /** Attaches a record file to a call, replacing the one before; returns the file's id. */
  attachRecordFile(callId: string): number {
    const fileId = Math.max(999, ...this.#recordFiles.values()) + 1;
    this.#recordFiles.set(callId, fileId);
    return fileId;
  }

  /** The file id of the record attached to a call, or `undefined`. */
  recordFileOf(callId: string): number | undefined {
    return this.#recordFiles.get(callId);
  }

  /** A new token for the app, as the loading POST, `getInitData` and `refreshAuth` carry it. */
  /** A new token; `app` (an installed app's install URL) owns the handlers it binds. */
  issueAuth(app = ''): PortalAuth {
    return this.#tokens.issue(app);
  }

  /** The app a token belongs to: `''` for the widget given to the emulator. */
  appOf(token: string): string {
    return this.#tokens.appOf(token);
  }

  /** `valid`, `expired` (the portal answers `expired_token`), or `unknown`. */
  checkAuth(token: string): 'valid' | 'expired' | 'unknown' {
    return this.#tokens.check(token);
  }

  /** Ends every token's life now, to rehearse `expired_token`. */
  expireAuth(): void {
    this.#tokens.expireAll();
  }

  /** A user by `USER_ID` or, failing that, `USER_PHONE_INNER`. */
  findUser(userId: unknown, phoneInner: unknown): PortalUser | undefined {
    if (userId !== undefined && userId !== '') return this.users.find((user) => user.ID === String(userId));
    if (phoneInner !== undefined && phoneInner !== '') return this.users.find((user) => user.UF_PHONE_INNER === String(phoneInner));
    return undefined;
  }

  /** `telephony.externalcall.register`: the call is user's; `show` puts it on user 1's card. */
  registerCall(params: ExternalCallRegisterParams, user: PortalUser, show: boolean) {
    const { status, createdLead } = registerExternalCall(params, this.crm);
    this.#track(status, Number(user.ID));
    if (show && this.isCardUser(user)) this.card.showCall(status);
    return { status, createdLead };
  }

  /** `telephony.externalcall.show`: the call comes back on user 1's card; `false` when there is no such open call. */
  showCall(callId: string): boolean {
    const call = this.#call(callId);
    if (!call || call.finished) return false;
    if (this.card.status.CALL_ID !== callId || !this.card.isOpen) this.card.showCall(call.status);
    return true;
  }

  /** `telephony.externalcall.hide`: the card closes if it shows this call. */
  hideCall(callId: string): boolean {
    if (!this.#call(callId)) return false;
    if (this.card.status.CALL_ID === callId) this.card.close();
    return true;
  }

  /** `telephony.externalcall.finish`: ends the call and returns its record; `undefined` when there is no such call. */
  finishCall(callId: string, statusCode: string, durationSeconds: number): CallRecord | undefined {
    const call = this.#call(callId);
    if (!call) return undefined;
    call.finished ??= this.records.find((record) => record.CALL_ID === callId) ?? null;
    if (call.finished) return call.finished;
    if (this.card.status.CALL_ID === callId && this.card.status.CALL_STATE !== 'idle') {
      call.finished = this.card.hangUp(statusCode, { durationSeconds });
    } else {
      call.finished = callRecord(this.records, { status: call.status, statusCode, durationSeconds, startedAt: call.startedAt, userId: call.userId });
      this.records.push(call.finished);
    }
    return call.finished;
  }

  isCardUser(user: PortalUser): boolean {
    return Number(user.ID) === this.card.userId;
  }

  /** A registered call, or the card's own (one the emulator's panel started). */
  #call(callId: string): RegisteredCall | undefined {
    if (!this.#calls.has(callId) && this.card.status.CALL_ID === callId) this.#track(this.card.status, this.card.userId);
    return this.#calls.get(callId);
  }

  #track(status: HostCallStatus, userId: number): void {
    this.#calls.set(status.CALL_ID, { status, userId, startedAt: Date.now(), finished: null });
  }
}
