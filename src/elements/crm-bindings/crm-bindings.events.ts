import type { CrmEntityType } from '../../model/types.js';

export interface B24BindingOpenDetail {
  readonly entityType: CrmEntityType;
  readonly entityId: number;
  /** The portal path, e.g. `/crm/contact/details/17/`. */
  readonly path: string;
}

/** Fires before a binding opens. Cancel it (`preventDefault()`) to open the entity your own way. */
export class B24BindingOpenEvent extends Event {
  static readonly eventName = 'b24-binding-open';
  readonly detail: B24BindingOpenDetail;
  constructor(detail: B24BindingOpenDetail) {
    super(B24BindingOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'b24-binding-open': B24BindingOpenEvent;
  }
}
