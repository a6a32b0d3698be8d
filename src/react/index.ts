/**
 * React components for the kit's tags, made with `@lit/react`: typed props (properties, not
 * attributes, for objects such as `connection` and `call`) and typed event props.
 *
 * ```tsx
 * <CallCard connection={connection} onB24CallStateChange={(event) => setState(event.detail.state)}>
 *   <CallStatus />
 *   <AutocloseToggle onChange={(event) => console.log(event.currentTarget.checked)} />
 * </CallCard>
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../register-all.js';
import { B24AutocloseToggle, type AutocloseToggleChangeEvent } from '../elements/autoclose-toggle/autoclose-toggle.js';
import { B24CallCard } from '../elements/call-card/call-card.js';
import type { B24BeforeCloseEvent, B24CardClosingEvent, B24CallStateChangeEvent, B24EntityChangeEvent, B24ErrorEvent, B24ReadyEvent } from '../elements/call-card/call-card.events.js';
import { B24CallStatus } from '../elements/call-status/call-status.js';
import { B24CrmBindings } from '../elements/crm-bindings/crm-bindings.js';
import type { B24BindingOpenEvent } from '../elements/crm-bindings/crm-bindings.events.js';

export const CallCard = createComponent({
  tagName: 'b24-call-card',
  elementClass: B24CallCard,
  react: React,
  events: {
    onB24Ready: 'b24-ready' as EventName<B24ReadyEvent>,
    onB24CallStateChange: 'b24-call-state-change' as EventName<B24CallStateChangeEvent>,
    onB24EntityChange: 'b24-entity-change' as EventName<B24EntityChangeEvent>,
    onB24BeforeClose: 'b24-before-close' as EventName<B24BeforeCloseEvent>,
    onB24CardClosing: 'b24-card-closing' as EventName<B24CardClosingEvent>,
    onB24Error: 'b24-error' as EventName<B24ErrorEvent>,
  },
});

export const CallStatus = createComponent({
  tagName: 'b24-call-status',
  elementClass: B24CallStatus,
  react: React,
  events: { onB24Error: 'b24-error' as EventName<B24ErrorEvent> },
});

export const CrmBindings = createComponent({
  tagName: 'b24-crm-bindings',
  elementClass: B24CrmBindings,
  react: React,
  events: { onB24BindingOpen: 'b24-binding-open' as EventName<B24BindingOpenEvent>, onB24Error: 'b24-error' as EventName<B24ErrorEvent> },
});

export const AutocloseToggle = createComponent({
  tagName: 'b24-autoclose-toggle',
  elementClass: B24AutocloseToggle,
  react: React,
  events: { onChange: 'change' as EventName<AutocloseToggleChangeEvent>, onB24Error: 'b24-error' as EventName<B24ErrorEvent> },
});
