import type { CallCardSimulator, CallCardSimulatorInit } from './simulator.js';

/**
 * Loads the simulator on first use, so that pages which never simulate do not ship it.
 * Resolves with a new simulator.
 */
export async function loadSimulator(init?: CallCardSimulatorInit): Promise<CallCardSimulator> {
  const { createCallCardSimulator } = await import('./simulator.js');
  return createCallCardSimulator(init);
}
