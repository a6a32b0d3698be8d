import { LitElement, ReactiveElement, adoptStyles, render, type PropertyValues } from 'lit';
import type { hydrateServerMarkup } from './hydrate-server-markup.js';

type Hydrate = typeof hydrateServerMarkup;

let hydrator: Promise<Hydrate> | undefined;

/** Lit's hydration, loaded when the first server-rendered tag upgrades: a page without one never fetches it. */
function loadHydrate(): Promise<Hydrate> {
  return (hydrator ??= import('./hydrate-server-markup.js').then(
    (module) => module.hydrateServerMarkup,
    (error: unknown) => {
      hydrator = undefined;
      throw error;
    },
  ));
}

const updateWithoutRendering = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/**
 * A kit tag that takes over the markup `renderCallCard` rendered on the server (a declarative shadow
 * root) instead of rendering it again: its first update waits for Lit's hydration and the tag's
 * catalog, renders what the server rendered (see {@link hydrating}) and hydrates it, so that no node is
 * replaced and nothing is painted twice. The next update then shows the live state, changing only what
 * changed since the server rendered. A tag that cannot render what the server did, or whose hydration
 * failed to load, replaces the server's markup with its own render instead, in the same task.
 */
export abstract class ServerRenderedElement extends LitElement {
  #serverRendered = false;
  #hydrate: Hydrate | undefined;

  /** `true` during the one render that takes over the server's markup: render what the server rendered. */
  protected get hydrating(): boolean {
    return this.#serverRendered;
  }

  /** Whether this tag can now render exactly what the server rendered. */
  protected abstract canHydrate(): boolean;

  /** Resolves when the tag can render what the server did: its language's catalog is loaded. */
  protected abstract prepareHydration(): Promise<void>;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot) return super.createRenderRoot();
    this.#serverRendered = true;
    return this.shadowRoot;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#serverRendered || this.#hydrate) return super.scheduleUpdate();
    return Promise.all([loadHydrate(), this.prepareHydration()]).then(
      ([hydrate]) => {
        this.#hydrate = hydrate;
        return super.scheduleUpdate();
      },
      () => super.scheduleUpdate(),
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this.#serverRendered) return super.update(changed);
    const root = this.renderRoot as ShadowRoot;
    const hydrate = this.#hydrate;
    if (!hydrate || !this.canHydrate()) {
      this.#serverRendered = false;
      discardServerMarkup(this, root);
      return super.update(changed);
    }
    const value = this.render();
    this.#serverRendered = false;
    this.renderOptions.isConnected = this.isConnected;
    updateWithoutRendering.call(this, changed);
    try {
      hydrate(value, root, this.renderOptions);
    } catch {
      // Markup from another build of the tag (its templates differ): render it afresh, in this same task.
      discardServerMarkup(this, root);
      render(value, root, this.renderOptions);
    }
    // Now the live state, which may have moved on since the server rendered: only what changed is written.
    void this.updateComplete.then(() => this.requestUpdate());
  }
}

/** Empties a server-rendered shadow root (and what a failed hydration left on it) for a render of the tag's own. */
function discardServerMarkup(element: LitElement, root: ShadowRoot): void {
  delete (root as { _$litPart$?: unknown })._$litPart$;
  root.replaceChildren();
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
}
