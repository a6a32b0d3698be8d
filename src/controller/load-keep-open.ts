/**
 * The keep-open commands, loaded when a controller starts: a card needs them only once the operator or the
 * app keeps it open. The drop-in takes them from its second file instead (`load-keep-open.drop-in.ts`).
 */
export const loadKeepOpen = (): Promise<typeof import('./keep-open.js')> => import('./keep-open.js');
