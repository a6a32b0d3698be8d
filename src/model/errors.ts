import { developerMessage } from './developer-message.js';
import type { LoadablePart } from './developer-messages.js';

/**
 * The closed set of error codes the kit reports (`b24-error` detail, `snapshot.error`).
 * The README lists each with its meaning and its fix.
 */
export const ERROR_CODES = [
  'NO_HOST',
  'WRONG_PLACEMENT',
  'TIMEOUT',
  'COMMAND_FAILED',
  'BAD_PAYLOAD',
  'UNSUPPORTED',
  'DISPOSED',
  'LOAD_FAILED',
] as const;

export type CallCardErrorCode = (typeof ERROR_CODES)[number];

/** The plain, serializable form of an error, as it appears in snapshots and event details. */
export interface CallCardErrorInfo {
  readonly code: CallCardErrorCode;
  /** For the developer, in English; docs/errors.md lists each (and the drop-in's short form). */
  readonly message: string;
  /** The host command or method involved, if any. */
  readonly command?: string;
  /** The host's own error code, e.g. `PATH_NOT_AVAILABLE`. */
  readonly hostCode?: string;
}

export class CallCardError extends Error implements CallCardErrorInfo {
  override readonly name = 'CallCardError';
  readonly code: CallCardErrorCode;
  readonly command?: string;
  readonly hostCode?: string;

  constructor(code: CallCardErrorCode, message: string, details: { command?: string; hostCode?: string; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.command !== undefined) this.command = details.command;
    if (details.hostCode !== undefined) this.hostCode = details.hostCode;
  }

  toInfo(): CallCardErrorInfo {
    return Object.freeze({
      code: this.code,
      message: this.message,
      ...(this.command === undefined ? {} : { command: this.command }),
      ...(this.hostCode === undefined ? {} : { hostCode: this.hostCode }),
    });
  }

  /** Wraps anything thrown into a CallCardError, keeping one that already is. */
  static from(error: unknown, fallback: CallCardErrorCode, command?: string): CallCardError {
    if (error instanceof CallCardError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new CallCardError(fallback, message, { cause: error, ...(command === undefined ? {} : { command }) });
  }
}

/** A part of the drop-in bundle that could not be fetched. */
export function loadFailedError(part: LoadablePart, cause: unknown): CallCardError {
  return new CallCardError('LOAD_FAILED', developerMessage('load-failed', part), { cause });
}

/**
 * The host's error code if `answer` is one of its error shapes, else `null`. The JS interface has
 * no error channel: errors come back as the answer itself, `{result: 'error', errorCode}` or that
 * object wrapped in an array (`[{result: 'error', errorCode: 'Call card is undefined'}]`).
 */
export function hostErrorCode(answer: unknown): string | null {
  const item: unknown = Array.isArray(answer) && answer.length === 1 ? answer[0] : answer;
  if (item === null || typeof item !== 'object') return null;
  const record = item as Record<string, unknown>;
  if (record['result'] === 'error') return typeof record['errorCode'] === 'string' ? record['errorCode'] : 'error';
  if (typeof record['error'] === 'string') return record['error'];
  return null;
}
