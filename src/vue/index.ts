/**
 * Vue support. Import it once (`import 'b24-call-card-kit/vue'`) to register the tags and to type
 * them in templates (Vue's `GlobalComponents`, generated from the custom-elements manifest).
 * Tell Vue's compiler the tags are custom elements:
 *
 * ```ts
 * vue({ template: { compilerOptions: { isCustomElement: isKitElement } } })
 * ```
 *
 * Your own components inside a `<b24-call-card>` (or the {@link CallCard} component, which renders one)
 * follow the call with {@link useCallCard}.
 */
import '../register-all.js';

export type { KitGlobalComponents } from './global-components.js';
export type { CallCardState } from '../elements/call-card/call-card-state.js';
export { useCallCard } from './use-call-card.js';
export { CallCard } from './call-card-component.js';

/** For `compilerOptions.isCustomElement`: `true` for the kit's tags. */
export function isKitElement(tag: string): boolean {
  return tag.startsWith('b24-');
}
