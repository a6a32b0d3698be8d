import type { PlacementConnection } from '../connection/placement-connection.js';
import { loadLater } from '../load-later.js';
import { loadFailedError } from '../model/errors.js';
import { keepOpenOf } from './keep-open-host.js';
import type { KeepOpenMachine, KeepOpenMachineView } from './keep-open-machine.js';
import type { KeepOpenWork } from './keep-open-holds.js';

/**
 * The drop-in's keep-open, which comes with its second file (the entry asks for it at once), as the switch
 * does: 0.2 KB min+gzip out of the first load. What was asked of the host is known at once (the provider reads
 * it on connect and on `BeforeClose`); a choice or a hold made before the file arrives is applied, in order,
 * when it does. The work of `keepOpenWhile` starts at once and settles as it does, file or not.
 */
export function keepOpenMachine(connection: PlacementConnection, commandTimeout: number, view: KeepOpenMachineView): KeepOpenMachine {
  let disposed = false;
  let loading: Promise<KeepOpenMachine> | undefined;
  // Asked for on first use; a file that failed is asked for again at the next use, as every part of the drop-in is.
  const machine = (): Promise<KeepOpenMachine> =>
    (loading ??= loadLater().then(
      (later) => {
        const loaded = later.createKeepOpenMachine(connection, commandTimeout, view);
        if (disposed) loaded.dispose();
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const failed = (error: unknown): false => {
    view.report(loadFailedError('keep-open', error));
    return false;
  };
  return {
    asked: keepOpenOf(connection),
    choose: (value) => machine().then((loaded) => loaded.choose(value), failed),
    hold<T>(work: KeepOpenWork<T>): Promise<T> {
      let settled: Promise<T>;
      try {
        settled = Promise.resolve(typeof work === 'function' ? work() : work);
      } catch (error) {
        return Promise.reject(error);
      }
      // The loaded hold settles as the work does: its rejection is the caller's, from `settled`.
      machine().then((loaded) => loaded.hold(settled), failed).catch(() => undefined);
      return settled;
    },
    dispose() {
      disposed = true;
      void loading?.then((loaded) => loaded.dispose(), () => undefined);
    },
  };
}
