/**
 * React components for the kit's tags, made with `@lit/react`: typed props (properties, not
 * attributes, for objects such as `connection` and `call`) and typed event props. Your own components
 * inside a `<CallCard>` follow the call with {@link useCallCard}.
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
import { callCardState, type CallCardState } from '../elements/call-card/call-card-state.js';
import type { B24BeforeCloseEvent, B24CardClosingEvent, B24CallStateChangeEvent, B24EntityChangeEvent, B24ErrorEvent, B24ReadyEvent } from '../elements/call-card/call-card.events.js';
import { B24CallStatus } from '../elements/call-status/call-status.js';
import { B24CrmBindings } from '../elements/crm-bindings/crm-bindings.js';
import type { B24BindingOpenEvent } from '../elements/crm-bindings/crm-bindings.events.js';

const LitCallCard = createComponent({
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

export type { CallCardState };
export type CallCardProps = React.ComponentProps<typeof LitCallCard>;

/** The `<b24-call-card>` element of the nearest `<CallCard>`, once React has made it; `undefined` outside one. */
const NearestCard = React.createContext<B24CallCard | undefined>(undefined);

/**
 * `<b24-call-card>`, the provider. Its children render once the element exists (in the same commit,
 * before the browser paints), so that {@link useCallCard} in them is right on their first render.
 */
export const CallCard = React.forwardRef<B24CallCard, CallCardProps>(function CallCard({ children, ...props }, forwardedRef) {
  const element = React.useRef<B24CallCard | null>(null);
  const [card, setCard] = React.useState<B24CallCard | undefined>(undefined);
  const ref = React.useCallback(
    (node: B24CallCard | null) => {
      element.current = node;
      if (typeof forwardedRef === 'function') forwardedRef(node);
      else if (forwardedRef) forwardedRef.current = node;
    },
    [forwardedRef],
  );
  // After @lit/react's own layout effect has set the element's properties (children's effects run
  // first), so a ready connection already gives the element its call.
  React.useLayoutEffect(() => setCard(element.current ?? undefined), []);
  return React.createElement(LitCallCard, { ...props, ref }, card ? React.createElement(NearestCard.Provider, { value: card }, children) : null);
});

/**
 * The live call and controller state of the nearest `<CallCard>`, re-rendering on every change, and
 * what a component needs to act through the same connection:
 *
 * ```tsx
 * const { call, status, keepOpenWhile, callMethod, openEntity } = useCallCard();
 * ```
 *
 * Throws when there is no `<CallCard>` around the component.
 */
export function useCallCard(): CallCardState {
  const card = React.useContext(NearestCard);
  if (!card) throw new Error('useCallCard() needs a <CallCard> around the component that calls it (from b24-call-card-kit/react).');
  const subscribe = React.useCallback((changed: () => void) => card.subscribe(changed), [card]);
  return React.useSyncExternalStore(subscribe, () => callCardState(card), () => callCardState(card));
}
