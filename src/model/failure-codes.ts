/**
 * Status codes of `telephony.externalcall.finish` that mean a call ended badly. The host sends one
 * as `failedCode` with `CallStateChanged` (state `idle`); the real frame bridge drops it, the
 * simulator sends it. `200` is success and is never a failure.
 */
export const FAILURE_CODES = ['304', '402', '403', '404', '423', '480', '484', '486', '503', '603', '603-S', 'OTHER'] as const;

export type KnownFailureCode = (typeof FAILURE_CODES)[number];

export const SUCCESS_CODE = '200';

export function isKnownFailureCode(code: string): code is KnownFailureCode {
  return (FAILURE_CODES as readonly string[]).includes(code);
}
