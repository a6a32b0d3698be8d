export { B24CallCard, type CallCardTheme } from './call-card.js';
export * from './call-card.events.js';
export { callCardState, type CallCardState } from './call-card-state.js';
