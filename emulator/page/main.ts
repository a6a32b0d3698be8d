import './call-card-emulator.js';

// The address's ?widget, as given: the element loads only an http(s) page, and says so otherwise.
const requested = new URL(location.href).searchParams.get('widget');
const emulator = document.createElement('b24-call-card-emulator');
if (requested) emulator.setAttribute('widget-url', requested);
// ?load=get loads the widget with GET, for dev servers that refuse the portal's POST.
if (new URL(location.href).searchParams.get('load') === 'get') emulator.setAttribute('load', 'get');
emulator.addEventListener('emulator-ready', () => {
  (window as unknown as { emulator: unknown }).emulator = emulator.host;
});
document.body.append(emulator);
