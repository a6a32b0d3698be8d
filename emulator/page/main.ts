import './call-card-emulator.js';
import { isWidgetUrl } from './frame-host.js';

const requested = new URL(location.href).searchParams.get('widget');
// Only an http(s) page: `?widget=javascript:…` would otherwise run script in the emulator's origin.
const widget = requested && isWidgetUrl(requested) ? requested : null;
const emulator = document.createElement('b24-call-card-emulator');
emulator.setAttribute('widget-url', widget || 'about:blank');
// ?load=get loads the widget with GET, for dev servers that refuse the portal's POST.
if (new URL(location.href).searchParams.get('load') === 'get') emulator.setAttribute('load', 'get');
emulator.addEventListener('emulator-ready', () => {
  (window as unknown as { emulator: unknown }).emulator = emulator.host;
});
document.body.append(emulator);
if (!widget) {
  const hint = requested ? `Not loaded: "${requested}" is not an http(s) address. ` : '';
  document.body.prepend(Object.assign(document.createElement('p'), { role: 'alert', textContent: `${hint}Add ?widget=<your widget's http(s) URL> to the address.` }));
}
