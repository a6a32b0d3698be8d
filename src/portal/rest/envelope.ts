import { portalDate } from '../host-messages.js';

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

