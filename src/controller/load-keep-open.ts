import { KeepOpenHolds, KeepOpenRequests } from './keep-open.js';

/** What the controller needs of the keep-open commands. */
export interface KeepOpenModule {
  readonly KeepOpenRequests: typeof KeepOpenRequests;
  readonly KeepOpenHolds: typeof KeepOpenHolds;
}

const keepOpen: KeepOpenModule = { KeepOpenRequests, KeepOpenHolds };

/**
 * The keep-open commands. Here (the npm package) they are part of the controller, so a controller has them
 * from its start and the switch is optimistic from the first click. The drop-in takes them from its second
 * file instead (`load-keep-open.drop-in.ts`): a card needs them only once someone keeps it open.
 */
export const loadedKeepOpen: KeepOpenModule | undefined = keepOpen;

export const loadKeepOpen = (): Promise<KeepOpenModule> => Promise.resolve(keepOpen);
