import { adoptStyles, css, html, type CSSResultOrNative, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { addEnglish, type MessageKey } from '../../i18n/messages.js';
import { englishErrors } from '../../i18n/english/errors.js';
import type { CallCardErrorInfo } from '../../model/errors.js';

addEnglish(englishErrors);

const errorPanelStyles = css`
  [part='error'] {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_alert);
    border-radius: var(--_radius);
    background: var(--_alert-soft);
    color: var(--_text);
  }
  [part='error-title'] {
    margin: 0 0 4px;
    font-weight: 600;
    font-size: inherit;
  }
  [part='error-message'] {
    margin: 0;
  }
  [part='error-code'] {
    margin: 4px 0 0;
    color: var(--_alert-text);
    font-size: 0.85em;
  }
`;

const styled = new WeakSet<ShadowRoot>();

/**
 * The provider's panel for an error that stops the kit (status `error`, or no host): a title, the localized
 * explanation and the code. It loads with its styles and its English when there is one to show, since a card
 * that works never needs it. `root` is the provider's shadow root, `elementStyles` the provider's own.
 */
export function renderErrorPanel(error: CallCardErrorInfo, i18n: LocalizeController, root: ShadowRoot, elementStyles: readonly CSSResultOrNative[]): TemplateResult {
  if (!styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...elementStyles, errorPanelStyles]);
  }
  const t = i18n.t.bind(i18n);
  return html`<div part="error" role="alert" lang=${i18n.lang}>
    <p part="error-title">${t('error.title')}</p>
    <p part="error-message">${t(`error.${error.code}` as MessageKey)}</p>
    <p part="error-code">${t('error.code', { code: error.code })}</p>
  </div>`;
}
