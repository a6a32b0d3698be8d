import '../src/emulator/call-card-emulator.js';

const widget = new URL(location.href).searchParams.get('widget');
const emulator = document.createElement('b24-call-card-emulator');
emulator.setAttribute('widget-url', widget || 'about:blank');
emulator.addEventListener('emulator-ready', () => {
  (window as unknown as { emulator: unknown }).emulator = emulator.host;
});
document.body.append(emulator);
if (!widget) document.body.prepend(Object.assign(document.createElement('p'), { textContent: 'Add ?widget=<your widget URL> to the address.' }));
