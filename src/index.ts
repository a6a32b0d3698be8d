/** The package root: registers all four tags and exports the whole API. */
import './register-all.js';

export * from './core.js';
