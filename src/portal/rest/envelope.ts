/*
 * REST as a Bitrix24 portal serves it: the envelope every method answers in (`result`, `time`,
 * `total`/`next`) and its errors (`error`, `error_description`, with the portal's HTTP status).
 */

export type Params = Readonly<Record<string, unknown>>;

/** A failure the portal reports as `{error, error_description}` with this HTTP status. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

/** What one method answers, before the envelope. */
export interface MethodResult {
  readonly result: unknown;
  readonly total?: number;
  readonly next?: number;
}

/** A date as a portal writes one: ISO 8601 in whole seconds, with the portal's offset (`2026-12-03T09:35:00+01:00`). */
export function portalDate(ms: number): string {
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset();
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hours}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
}

/** The portal's `time` block. */
export function timing(started: number): Record<string, unknown> {
  const finish = Date.now();
  return {
    start: started / 1000,
    finish: finish / 1000,
    duration: (finish - started) / 1000,
    processing: (finish - started) / 1000,
    date_start: portalDate(started),
    date_finish: portalDate(finish),
    operating_reset_at: Math.floor(started / 1000) + 600,
    operating: 0,
  };
}

