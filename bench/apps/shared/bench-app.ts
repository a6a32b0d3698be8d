import type { PlacementConnection } from '../../../src/connection/placement-connection.js';

/** What every benchmarked build exposes to the harness. */
export interface BenchApp {
  /** Mounts the card (status, bindings, keep-open toggle) into `container`, driven by `connection`. */
  mount(container: HTMLElement, connection: PlacementConnection): void;
  /** Resolves when every pending update is in the DOM. */
  flush(): Promise<void>;
  unmount(): void;
  /** How many times the card re-rendered (for "one render per burst"). */
  renders(): number;
}
