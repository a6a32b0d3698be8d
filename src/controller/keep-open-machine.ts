import type { PlacementConnection } from '../connection/placement-connection.js';
import { KeepOpenRequests, type KeepOpenView } from './keep-open.js';
import type { HostKeepOpen } from './keep-open-host.js';
import { KeepOpenHolds, type KeepOpenWork } from './keep-open-holds.js';

/** Where a controller's keep-open shows what it knows: {@link KeepOpenView}, and whether work holds the card. */
export interface KeepOpenMachineView extends KeepOpenView {
  held(held: boolean): void;
}

/** A controller's keep-open: the operator's choice and the app's work, as the host hears them. */
export interface KeepOpenMachine {
  /** What was asked of this host (by this controller or one before it over the same host). */
  readonly asked: Readonly<HostKeepOpen>;
  /** See `KeepOpenHolds.choose`. */
  choose(value: boolean): Promise<boolean>;
  /** See `KeepOpenHolds.hold`. */
  hold<T>(work: KeepOpenWork<T>): Promise<T>;
  dispose(): void;
}

export function createKeepOpenMachine(connection: PlacementConnection, commandTimeout: number, view: KeepOpenMachineView): KeepOpenMachine {
  const requests = new KeepOpenRequests(connection, commandTimeout, view);
  const holds = new KeepOpenHolds(requests, (held) => view.held(held));
  return {
    asked: requests.asked,
    choose: (value) => holds.choose(value),
    hold: (work) => holds.hold(work),
    dispose: () => requests.dispose(),
  };
}
