/**
 * How the controller gets its keep-open: at once, for an app's bundler. The drop-in replaces this module with
 * `load-keep-open.drop-in.ts`, whose keep-open comes with its second file.
 */
export { createKeepOpenMachine as keepOpenMachine } from './keep-open-machine.js';
