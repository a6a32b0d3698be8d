// The one way the browser tests put a tag in a card, read what the user sees of it, and change
// how a host behaves. Per component, the tests stay about behaviour; this is only the setup.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/elements/call-card/b24-call-card.js';
import type { B24CallCard } from '../src/elements/call-card/call-card.js';
import type { PlacementConnection } from '../src/connection/placement-connection.js';
import { createCallCardSimulator, type CallCardSimulator, type CallCardSimulatorInit } from '../src/connection/simulator.js';
import { until } from './helpers.js';

interface InCardCommon {
  /** The provider's `command-timeout`, in ms. */
  readonly commandTimeout?: number;
  /** Wait until the provider's snapshot is `ready` and the tag has rendered it. Default `true`. */
  readonly ready?: boolean;
}

export interface InCardSimulated extends InCardCommon {
  /**
   * `'simulate'`: the provider's own `simulate` attribute (the simulator it loads on first use).
   * Otherwise a new simulator from `init` is set as the provider's `connection`.
   */
  readonly connection?: 'simulate';
  readonly init?: CallCardSimulatorInit;
}

export interface InCardConnected extends InCardCommon {
  /** A connection of the test's own (see {@link overriding}). */
  readonly connection: PlacementConnection;
}

export interface InCard<T extends HTMLElement> {
  readonly card: B24CallCard;
  /** The first element of `content`. */
  readonly element: T;
}

/** Renders `content` inside a `<b24-call-card>` over a simulator (or the given connection). */
export async function inCard<T extends HTMLElement>(content: TemplateResult, options?: InCardSimulated): Promise<InCard<T> & { readonly simulator: CallCardSimulator }>;
export async function inCard<T extends HTMLElement>(content: TemplateResult, options: InCardConnected): Promise<InCard<T>>;
export async function inCard<T extends HTMLElement>(content: TemplateResult, options: InCardSimulated | InCardConnected = {}): Promise<InCard<T> & { readonly simulator?: CallCardSimulator }> {
  const simulate = options.connection === 'simulate';
  // A simulator of the harness's own, unless the test brings a connection or asks for the provider's.
  const made = options.connection === undefined ? createCallCardSimulator((options as InCardSimulated).init) : undefined;
  const connection = made ?? (simulate ? undefined : (options.connection as PlacementConnection));
  const card = await fixture<B24CallCard>(
    simulate
      ? html`<b24-call-card simulate command-timeout=${options.commandTimeout ?? 5000}>${content}</b24-call-card>`
      : html`<b24-call-card .connection=${connection} command-timeout=${options.commandTimeout ?? 5000}>${content}</b24-call-card>`,
  );
  const element = card.firstElementChild as T;
  if (options.ready ?? true) {
    await until(() => card.snapshot?.status === 'ready', 'the provider is ready');
    await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  }
  const simulator = simulate ? await card.whenSimulatorReady() : made;
  return { card, element, ...(simulator ? { simulator } : {}) };
}

/** A part of `host`'s shadow tree that the user can see: `null` when it is absent or inside something hidden. */
export function part(host: Element, name: string): HTMLElement | null {
  const found = host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  return found && !found.closest('[hidden]') ? found : null;
}

/** The text of a visible part, trimmed; `null` when the part is not shown. */
export function text(host: Element, name: string): string | null {
  return part(host, name)?.textContent?.trim() ?? null;
}

/**
 * A connection that behaves as `base` except for `overrides`. Getters of `base` (such as the
 * simulator's `options`) stay live: `{...simulator}` would copy their values once.
 */
export function overriding(base: PlacementConnection, overrides: Partial<PlacementConnection>): PlacementConnection {
  return Object.defineProperties(Object.create(base) as PlacementConnection, Object.getOwnPropertyDescriptors(overrides));
}

/**
 * Counts each element's renders from now on, for the tests labelled "performance contract": what
 * the user sees is the same either way, so a render count is a promise about work, not behaviour.
 */
export function countRenders(elements: readonly Element[]): number[] {
  const counts = elements.map(() => 0);
  elements.forEach((element, index) => {
    const target = element as unknown as { render: () => unknown };
    const render = target.render.bind(target);
    target.render = () => {
      counts[index]! += 1;
      return render();
    };
  });
  return counts;
}
