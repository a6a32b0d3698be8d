// Speaks Bitrix24's frame protocol by hand, so a test sees exactly what the host sends: every
// message it receives goes into window.__got and, when the test exposed one, to `window.__rawReport`
// (which outlives the frame, so a test learns what arrived even after the host removed it); so does
// `pagehide`.
(() => {
  const [domain, protocol, appSid] = window.name.split('|');
  const host = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
  const got = [];
  const keep = () => window.__rawReport?.(appSid, got.at(-1));
  window.__got = got;
  window.__appSid = appSid;
  window.__host = host;
  window.addEventListener('message', (event) => {
    if (event.origin !== host) return;
    got.push(String(event.data));
    keep();
  });
  window.addEventListener('pagehide', () => {
    got.push('pagehide');
    keep();
  });
  /** Sends `command:params:callbackId:appSid`; `params` is JSON-encoded unless it is a string already. */
  window.send = (command, params = {}, callbackId = '') =>
    parent.postMessage(`${command}:${typeof params === 'string' ? params : JSON.stringify(params)}:${callbackId}:${appSid}`, host);
  /** Sends a command and resolves with the parsed answer, or 'silent' after `wait` ms. */
  window.ask = (command, params = {}, wait = 500) =>
    new Promise((resolve) => {
      const id = `${command}${Math.random().toString(36).slice(2, 8)}`;
      const listen = (event) => {
        const text = String(event.data);
        if (event.origin !== host || !text.startsWith(`${id}:`)) return;
        window.removeEventListener('message', listen);
        const body = text.slice(id.length + 1);
        resolve(body === '' ? undefined : JSON.parse(body));
      };
      window.addEventListener('message', listen);
      window.send(command, params, id);
      setTimeout(() => resolve('silent'), wait);
    });
  /** Binds an event as the libraries do: the callback id is reused for every later event. */
  window.bind = (event, callbackId) => window.send('placementBindEvent', { event }, callbackId);
})();
