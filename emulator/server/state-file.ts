import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { SavedPortal } from '../../src/portal/simulated-portal.js';

/** A `--state` file that is not a portal the emulator saved. */
export class StateFileError extends Error {}

const KEYS: readonly (keyof SavedPortal)[] = ['version', 'crm', 'records', 'placements', 'calls', 'tokens', 'card'];

/** The portal saved in `file`, or `undefined` when there is no file yet (a fresh portal is saved there). */
export function readStateFile(file: string): SavedPortal | undefined {
  if (!existsSync(file)) return undefined;
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StateFileError(`The state file ${file} is not JSON (${(error as Error).message}). It was left as it is: move it away, or pass another --state.`);
  }
  const problem = shapeProblem(saved);
  if (problem) throw new StateFileError(`The state file ${file} is not a portal this emulator saved (${problem}). It was left as it is: move it away, or pass another --state.`);
  return saved as SavedPortal;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What is wrong with a saved portal's shape, or `null`. */
function shapeProblem(saved: unknown): string | null {
  if (!isObject(saved)) return 'not an object';
  const missing = KEYS.filter((key) => !(key in saved));
  if (missing.length > 0) return `missing ${missing.join(', ')}`;
  if (saved['version'] !== 1) return `version ${JSON.stringify(saved['version'])}, not 1`;
  for (const key of ['records', 'placements', 'calls'] as const) if (!Array.isArray(saved[key])) return `${key} is not an array`;
  for (const key of ['crm', 'tokens', 'card'] as const) if (!isObject(saved[key])) return `${key} is not an object`;
  const card = saved['card'] as Record<string, unknown>;
  if (!isObject(card['status']) || typeof card['status']['CALL_ID'] !== 'string') return 'the card has no call';
  if (!(saved['calls'] as unknown[]).every((call) => isObject(call) && typeof call['callId'] === 'string' && isObject(call['status']))) return 'a call has no CALL_ID';
  return null;
}

/** Writes the portal whole or not at all: a temporary file beside it, then a rename. */
export function writeStateFile(file: string, saved: SavedPortal): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(saved, null, 2)}\n`);
  renameSync(temporary, file);
}
