// What a headless consumer of the kit pays for: the model, the three connections and the controller.
export * from '../../../src/model/normalize-call.js';
export * from '../../../src/model/entity-path.js';
export * from '../../../src/model/openable-path.js';
export * from '../../../src/model/positive-integer.js';
export * from '../../../src/model/errors.js';
export * from '../../../src/model/snapshot.js';
export * from '../../../src/connection/bx24.js';
export * from '../../../src/connection/b24-frame.js';
export * from '../../../src/connection/simulator.js';
export * from '../../../src/controller/call-card-controller.js';
