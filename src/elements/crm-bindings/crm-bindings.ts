import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { EntityTitles } from '../../controller/entity-titles.js';
import { entityPath } from '../../model/entity-path.js';
import { dynamicTypeId } from '../../model/entity-types.js';
import { formatId } from '../../model/format.js';
import { limitListed, pinnedBindings, type LimitedListing, type OrderedBinding, type PinnedBindings } from '../../model/ordered-bindings.js';
import { sameBindings, sameEntity } from '../../model/same-call.js';
import type { CallCardSnapshot } from '../../model/snapshot.js';
import type { CrmBinding } from '../../model/types.js';
import { addEnglish, type MessageKey } from '../../i18n/messages.js';
import { englishBindings } from '../../i18n/english/bindings.js';
import { CallCardElement } from '../call-card-element.js';
import { entityIconPaths } from './entity-icons.js';
import { ResolverController } from '../resolver-controller.js';
import { B24BindingOpenEvent } from './crm-bindings.events.js';
import { crmBindingsStyles } from './crm-bindings.styles.js';

type TypeGroup = 'CONTACT' | 'COMPANY' | 'LEAD' | 'DEAL' | 'DYNAMIC' | 'other';

const NAMED_TYPES = new Set<string>(['CONTACT', 'COMPANY', 'LEAD', 'DEAL']);

function typeGroup(entityType: string): TypeGroup {
  if (NAMED_TYPES.has(entityType)) return entityType as TypeGroup;
  return dynamicTypeId(entityType) === null ? 'other' : 'DYNAMIC';
}

/** `max-items` when it is missing or not a number of entries. */
const DEFAULT_MAX_ITEMS = 5;

const checkedOrigins = new Map<string, string | null>();

/** Only an http(s) origin makes links; anything else (a `javascript:` string included) makes none. */
function safeOrigin(value: string | undefined): string | null {
  if (!value) return null;
  let origin = checkedOrigins.get(value);
  if (origin === undefined) {
    try {
      const url = new URL(value);
      origin = url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
    } catch {
      origin = null;
    }
    checkedOrigins.set(value, origin);
  }
  return origin;
}

/**
 * The CRM objects the call is linked to: the primary entity first, then the other bindings, each
 * a real link to its page on the portal that opens inside Bitrix24.
 *
 * @summary Lists and opens the CRM entities bound to the call.
 *
 * @csspart list - The list of bindings.
 * @csspart item - One binding; the primary one also has the part `item-primary`.
 * @csspart item-primary - The primary entity's item.
 * @csspart link - The link of one binding: to its portal page, opened in Bitrix24's slider (an href-less link when only the host knows the portal), or plain text when there is no page.
 * @csspart icon - The entity type's icon.
 * @csspart type - The entity type's label.
 * @csspart name - The entity's title, or its id.
 * @csspart primary-badge - The "Main" badge of the primary entity.
 * @csspart title-state - "Loading the name…" or "The name could not be loaded".
 * @csspart empty - The "Not linked to CRM" text.
 * @csspart more - The "Show N more" / "Show less" button under a list longer than `max-items`.
 *
 * @event b24-binding-open - Cancelable; fires before a binding opens. Detail: `{entityType, entityId, path}`.
 */
export class B24CrmBindings extends CallCardElement {
  static override styles = crmBindingsStyles;

  static {
    addEnglish(englishBindings);
  }

  static override properties = {
    ...CallCardElement.properties,
    resolveTitles: { type: Boolean, attribute: 'resolve-titles', reflect: true },
    portal: { type: String },
    maxItems: { type: Number, attribute: 'max-items' },
  };

  /** Replace ids with titles (contact name, company title…), fetched over REST when the connection can. */
  declare resolveTitles: boolean;
  /** The portal origin for links when there is no connection that knows it, e.g. `https://example.bitrix24.com`. */
  declare portal: string | undefined;
  /**
   * At most this many entries besides the primary entity (default 5; `0` shows all). The rest wait
   * behind a "Show N more" button, and are not rendered until then. A negative or non-numeric value
   * counts as the default.
   */
  declare maxItems: number;

  #entries: PinnedBindings = { pinned: null, listed: [] };
  #entriesFrom: unknown;
  #shown: LimitedListing = { end: 0, more: 0 };
  #expanded = false;
  #callId: string | undefined;
  #primaryKey: string | null | undefined;
  #announcement = '';
  readonly #titles = new ResolverController<EntityTitles>(
    this,
    (controller) => controller.loadTitles(),
    () => (this.#requestedFor = undefined),
  );
  #requestedFor: unknown;
  #requestedShown: LimitedListing | undefined;

  constructor() {
    super();
    this.resolveTitles = false;
    this.maxItems = DEFAULT_MAX_ITEMS;
  }

  get #limit(): number {
    const limit = this.maxItems;
    return limit >= 0 ? Math.floor(limit) : DEFAULT_MAX_ITEMS;
  }

  protected override shows(previous: CallCardSnapshot, next: CallCardSnapshot): boolean {
    return !sameEntity(previous.call.entity, next.call.entity) || !sameBindings(previous.call.bindings, next.call.bindings);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const call = this.view?.call;
    if (call !== this.#entriesFrom) {
      this.#entriesFrom = call;
      this.#entries = call ? pinnedBindings(call) : { pinned: null, listed: [] };
      const primary = this.#entries.pinned?.key ?? null;
      if (this.#primaryKey !== undefined && primary !== this.#primaryKey && call?.entity) {
        this.#announcement = this.i18n.t('bindings.announce', { entity: this.#describe(call.entity) });
      }
      this.#primaryKey = primary;
      // A new call starts collapsed.
      if (call?.callId !== this.#callId) this.#expanded = false;
      this.#callId = call?.callId;
    }
    let shown = limitListed(this.#entries.listed, this.#limit);
    // Expanded while there is more than the limit; "Show less" folds it again.
    if (shown.more === 0) this.#expanded = false;
    else if (this.#expanded) shown = { end: this.#entries.listed.length, more: 0 };
    if (shown.end !== this.#shown.end || shown.more !== this.#shown.more) this.#shown = shown;
    this.#titles.use(this.resolveTitles ? this.consumer.controller : undefined);
    // Marks new entries as loading before this render; results arrive as later updates. Only what is shown.
    const titles = this.#titles.value;
    if (titles && (this.#entriesFrom !== this.#requestedFor || this.#shown !== this.#requestedShown)) {
      this.#requestedFor = this.#entriesFrom;
      this.#requestedShown = this.#shown;
      void titles.request(this.#shownEntries().map((entry) => entry.binding));
    }
  }

  /** The entries on screen: the pinned one, then the listed ones up to the cut, each once. */
  #shownEntries(): OrderedBinding[] {
    const { pinned, listed } = this.#entries;
    const rest = listed.slice(0, this.#shown.end).filter((entry) => !entry.primary);
    return pinned ? [pinned, ...rest] : rest;
  }

  protected override render() {
    if (!this.view) return nothing;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.i18n.lang}>${this.#announcement}</div>`;
    const { pinned, listed } = this.#entries;
    if (!pinned && listed.length === 0) return html`<p part="empty" lang=${this.i18n.lang}>${this.i18n.t('bindings.empty')}</p>${live}`;
    // An empty `portal` attribute is no portal: the connection's origin still counts.
    const controller = this.consumer.controller;
    const origin = safeOrigin(this.portal || controller?.portalOrigin);
    const openable = Boolean(controller?.canOpenPaths);
    // The primary entity is pinned on top and its place in the list is hidden: a new primary
    // entity updates the pinned entry and two flags, and moves no DOM, even among 1,000 entries.
    // The list is positional (a plain map, guarded per entry), not `repeat`: lit-html 3.3.1+ leaks
    // one marker comment per item `repeat` removes (lit/lit#5298), 15,000 nodes over 5,000 calls.
    const { end, more } = this.#shown;
    return html`<ul part="list" id="list" lang=${this.i18n.lang} aria-label=${this.i18n.t('bindings.label')} @click=${this.#onClick} @keydown=${this.#onKeydown}>
        ${pinned ? this.#guardedItem(pinned, origin, openable) : nothing}${listed.slice(0, end).map((entry) => this.#guardedItem(entry, origin, openable))}
      </ul>
      ${more > 0 || this.#expanded
        ? html`<button part="more" type="button" lang=${this.i18n.lang} aria-controls="list" aria-expanded=${this.#expanded ? 'true' : 'false'} @click=${this.#toggleMore}>
            ${this.#expanded ? this.i18n.t('bindings.showLess') : this.i18n.t('bindings.showMore', { count: more })}
          </button>`
        : nothing}
      ${live}`;
  }

  readonly #toggleMore = (): void => {
    this.#expanded = !this.#expanded;
    this.requestUpdate();
  };

  /** An entry re-renders only when what it shows changed: 1,000 bindings stay cheap to update. */
  #guardedItem(entry: OrderedBinding, origin: string | null, openable: boolean) {
    const pinned = entry === this.#entries.pinned;
    return guard([entry.key, entry.primary, pinned, origin, openable, this.#titles.value?.get(entry.binding), this.i18n.messages, this.i18n.locale], () =>
      this.#renderItem(entry, pinned, origin, openable),
    );
  }

  // One flat template per entry (the icon inline, the badge hidden rather than removed, an <a>
  // without href when there is no page) and one click listener for the whole list: a list of
  // 1,000 creates no nested template instances and no listener per entry. Without a portal origin
  // there is no href, but the host's openPath needs none: such an entry is still a focusable link.
  #renderItem({ key, binding, primary }: OrderedBinding, pinned: boolean, origin: string | null, openable: boolean) {
    const path = entityPath(binding.entityType, binding.entityId);
    const href = path && origin ? `${origin}${path}` : nothing;
    const pathOnly = Boolean(path) && href === nothing && openable;
    const title = this.#titles.value?.get(binding);
    const group = typeGroup(binding.entityType);
    // Kept on few lines: every text node between tags is cloned 1,000 times in a long list.
    return html`<li part=${pinned ? 'item item-primary' : 'item'} class=${pinned ? 'item primary' : 'item'} ?hidden=${primary && !pinned}
      ><a part="link" class="link" data-key=${key} href=${href} role=${pathOnly ? 'link' : nothing} tabindex=${pathOnly ? '0' : nothing} target="_blank" rel="noopener noreferrer" aria-current=${pinned && (href !== nothing || pathOnly) ? 'true' : nothing}
        ><span part="icon" class="icon"
          ><svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true" focusable="false"
            ><path d=${entityIconPaths[group === 'other' ? 'CRM' : group]}></path></svg
        ></span> <span part="type" class="type">${this.i18n.t(`entity.${group}` as MessageKey)}</span> <span part="name" class="name">${this.#name(binding)}</span>
        <span part="primary-badge" class="badge" ?hidden=${!pinned}>${this.i18n.t('bindings.primary')}</span>${title?.status === 'loading' || title?.status === 'failed'
          ? html` <span part="title-state" class=${title.status === 'failed' ? 'state failed' : 'state'}
              >${this.i18n.t(title.status === 'failed' ? 'bindings.titleFailed' : 'bindings.titleLoading')}</span
            >`
          : nothing}</a
      ></li
    >`;
  }

  /** The entity's title when it is known, else its id. */
  #name(binding: CrmBinding): string {
    const title = this.#titles.value?.get(binding);
    return title?.status === 'ready' ? title.title : `#${formatId(binding.entityId, this.i18n.locale)}`;
  }

  #describe(binding: CrmBinding): string {
    return `${this.i18n.t(`entity.${typeGroup(binding.entityType)}` as MessageKey)} ${this.#name(binding)}`;
  }

  readonly #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href], a[role=link]');
    const binding = link && this.#shownEntries().find((entry) => entry.key === link.dataset['key'])?.binding;
    const path = binding && entityPath(binding.entityType, binding.entityId);
    if (link && binding && path) this.#open(event, binding, path, link.getAttribute('href'));
  };

  /** Enter on an entry that opens through the host only (no href): links do that by themselves. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[role=link]:not([href])');
    if (event.key === 'Enter' && link) {
      event.preventDefault();
      link.click();
    }
  };

  #open(event: MouseEvent, binding: CrmBinding, path: string, href: string | null): void {
    // Modified clicks keep the browser's own meaning (new tab, new window, download).
    if (href && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) return;
    const opening = new B24BindingOpenEvent({ entityType: binding.entityType, entityId: binding.entityId, path });
    if (!this.dispatchEvent(opening)) {
      event.preventDefault();
      return;
    }
    const controller = this.consumer.controller;
    // Without the host's openPath (old copies of the classic library have none), the link's own navigation.
    if (!controller?.canOpenPaths) return;
    event.preventDefault();
    // If the host refuses (or cannot open the slider), fall back to what the link would have done.
    controller.openPath(path).catch(() => href && window.open(href, '_blank', 'noopener'));
  }
}
