import { createContext } from '@lit/context';
import type { CallCardController } from './controller/call-card-controller.js';

/**
 * The one context of the kit: `<b24-call-card>` provides its {@link CallCardController}
 * (a stable service object); consumers subscribe to its snapshots.
 */
export const callCardContext = createContext<CallCardController | undefined>(Symbol.for('b24-call-card-kit/controller'));
