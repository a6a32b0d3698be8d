import type { KeepOpenModule } from './load-keep-open.js';

/**
 * The drop-in's keep-open commands come with its second file, which the entry loads at once, together with
 * `<b24-autoclose-toggle>`: a click on the switch never comes before them. A file of their own made Rolldown
 * split a module the entry needs into a chunk the entry imports up front (rolldown/rolldown#10731).
 */
export const loadedKeepOpen: KeepOpenModule | undefined = undefined;

export const loadKeepOpen = (): Promise<KeepOpenModule> => import('../register-later.js');
