/**
 * The side-effect-free entry: everything the kit exports, without registering any tag.
 * Import `b24-call-card-kit` (the root) to register the tags as well.
 */
export * from './model/types.js';
export * from './model/errors.js';
export { normalizeCall, normalizeFailedCode, MAX_BINDINGS, type CallPayloadSource, type NormalizeOptions } from './model/normalize-call.js';
export { entityPath } from './model/entity-path.js';
export { isOpenablePath } from './model/openable-path.js';
export { isPositiveInteger } from './model/positive-integer.js';
export { FAILURE_CODES, SUCCESS_CODE, isKnownFailureCode, type KnownFailureCode } from './model/failure-codes.js';
export { INITIAL_SNAPSHOT, type CallCardSnapshot, type ControllerStatus } from './model/snapshot.js';
export * from './connection/placement-connection.js';
export { bx24Connection, type Bx24Like, type Bx24AjaxResult } from './connection/bx24.js';
export { b24FrameConnection, isSafelyNoAnswer, type B24FrameLike } from './connection/b24-frame.js';
export { createCallCardSimulator, DEMO_CALL, SIMULATOR_LOG_LIMIT, type CallCardSimulator, type CallCardSimulatorInit, type SimulatorLogEntry, type CommandFault } from './connection/simulator.js';
export * from './portal/host-messages.js';
export { registerExternalCall, callRecord, type EndedCall } from './portal/external-calls.js';
export * from './portal/simulated-call-card.js';
export { loadSimulator } from './connection/load-simulator.js';
export * from './controller/call-card-controller.js';
export { callCardContext } from './context.js';
export { CallCardConsumer } from './elements/call-card-consumer.js';
export * from './elements/call-card/index.js';
export * from './elements/call-status/index.js';
export * from './elements/crm-bindings/index.js';
export * from './elements/autoclose-toggle/index.js';
export { CallCardElement, type ElementTheme } from './elements/call-card-element.js';
export type { Theme } from './styles/theme.js';
export { EntityTitles, BATCH_LIMIT, type EntityTitleState } from './controller/entity-titles.js';
export { callPhase, type CallPhase } from './model/call-phase.js';
export { formatDuration, formatId, maskPhoneNumber } from './model/format.js';
export { orderedBindings, type OrderedBinding } from './model/ordered-bindings.js';
export { bindingKey } from './model/same-call.js';
export { SimulatedCrm, DEMO_CRM, type SimulatedCrmRecords } from './portal/simulated-crm.js';
export { CATALOG_LANGUAGES } from './i18n/messages.js';
export { resolveLocale } from './i18n/resolve-locale.js';
