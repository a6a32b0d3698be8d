/** The parts of the drop-in a `LOAD_FAILED` names, and what happens meanwhile. */
const LOADABLE_PARTS = {
  simulator: ['The simulator', ''],
  'later-tags': ['The CRM bindings and keep-open tags', ' They stay empty.'],
  'sdk-adapter': ['The @bitrix24/b24jssdk adapter', ''],
  'title-resolver': ['The title resolver', ''],
  'outcome-resolver': ['The call-outcome resolver', ''],
  'keep-open': ['Keep-open', ' The card closes as the host decides.'],
} as const;

export type LoadablePart = keyof typeof LOADABLE_PARTS;

const SERVE_WHOLE = 'serve the drop-in folder whole, every file beside b24-call-card-kit.js.';

/**
 * Every message the kit writes for a developer, by key: the `message` of a `CallCardError` and of a
 * normalizer problem. They are English and never shown to an operator (the error panel and the tags use
 * the catalogs). Read them through `developerMessage()` (`developer-message.ts`); the drop-in bundle
 * loads this table with its second file (see docs/errors.md).
 */
export const DEVELOPER_MESSAGES = {
  // CallCardError, by code.
  'no-bx24-library': () => 'No BX24 library found: load //api.bitrix24.com/api/v1/ before the kit, or pass a connection.',
  'outside-bitrix24': () =>
    'The widget is open outside Bitrix24: the BX24 library found no portal (its frame name has no DOMAIN|PROTOCOL|APP_SID) and set BX24 to null. ' +
    'Open it from a call card, host it with `npx b24-call-card-emulator <url>`, or add the `simulate` attribute.',
  'no-host': (outsideFrame: boolean) =>
    'No Bitrix24 host: load //api.bitrix24.com/api/v1/ before the kit, set `connection` (initializeB24Frame().then(b24FrameConnection)), or add `simulate`.' +
    (outsideFrame ? ' (The page is not inside a frame: it is open outside Bitrix24.)' : ''),
  'connection-promise-failed': (reason: string) => `The connection promise failed: ${reason}`,
  'wrong-placement': (placement: string) =>
    `The widget is open in placement "${placement}", not CALL_CARD. Register its handler with placement.bind and PLACEMENT=CALL_CARD.`,
  'no-get-status': () => 'This placement has no getStatus command: the widget is not open in a call card.',
  timeout: (command: string, ms: number) => `The host did not answer ${command} within ${ms} ms. Is the widget open in the CALL_CARD placement?`,
  'keep-open-timeout': (command: string, attempts: number, ms: number) =>
    `The host did not answer ${command} after ${attempts} attempts of ${ms} ms; the switch shows the last value it confirmed.`,
  'host-refused': (command: string, hostCode: string) => `The host refused ${command}: ${hostCode}`,
  'path-refused': (path: string, hostCode: string) => `Bitrix24 refused to open ${path}: ${hostCode}`,
  'method-failed': (method: string, error: string) => `${method} failed: ${error}`,
  'bad-payload': (source: string, detail: string) => `Unreadable ${source} payload from the host (${detail}); kept the last known call.`,
  'cannot-open-paths': (kind: string) => `The ${kind} connection cannot open portal paths.`,
  'cannot-call-rest': (kind: string) => `The ${kind} connection cannot call REST methods.`,
  disposed: (command: string) => `${command} was sent after the controller was disposed.`,
  'load-failed': (part: LoadablePart) => `${LOADABLE_PARTS[part][0]} could not be loaded: ${SERVE_WHOLE}${LOADABLE_PARTS[part][1]}`,
  'catalog-load-failed': (language: string) => `The ${language} catalog could not be loaded: ${SERVE_WHOLE} English shows meanwhile.`,

  // Normalizer problems (`problems[].message`), which name the field themselves.
  'string-truncated': (length: number, kept: number) => `${length} characters; kept the first ${kept}`,
  'wrong-type': (expected: string, got: string) => `expected ${expected}, got ${got}`,
  'not-json': () => 'not valid JSON',
  'unknown-crm-type': (value: string) => `unknown CRM type id ${value}`,
  'entity-without-type': (id: number) => `an entity id ${id} came without a type`,
  'bindings-truncated': (max: number) => `more than ${max} bindings; the rest were dropped`,
  'bindings-skipped': (count: number) => `${count} item(s) without a valid ENTITY_TYPE and positive ENTITY_ID were skipped`,
  'unknown-state': (value: string) => `unknown call state ${value}, kept as sent`,
  'unknown-direction': (value: string) => `unknown call direction ${value}, kept as sent`,
  'not-status-code': (value: string) => `not a status code: ${value}`,
  'state-missing': () => 'the event carried no state; kept the last known one',
  unreadable: (thrown: string) => `could not be read (${thrown}); kept the last known call`,
} satisfies Record<string, (...params: never[]) => string>;

export type DeveloperMessages = typeof DEVELOPER_MESSAGES;
export type DeveloperMessageKey = keyof DeveloperMessages;
