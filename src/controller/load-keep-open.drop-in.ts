/**
 * The drop-in's keep-open commands come with its second file, which the entry loads at once: a file of
 * their own made Rolldown split a module the entry needs into a chunk the entry imports up front
 * (rolldown/rolldown#10731).
 */
export const loadKeepOpen = (): Promise<typeof import('./keep-open.js')> => import('../register-later.js');
