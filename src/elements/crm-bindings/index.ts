export { B24CrmBindings } from './crm-bindings.js';
export * from './crm-bindings.events.js';
