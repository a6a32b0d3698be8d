// A stand-in for the classic BX24 library (the script the portal serves at api/v1), written to
// behave like the real one in every respect the kit meets, including its failures:
// - it reads DOMAIN|PROTOCOL|APP_SID from window.name when it loads; without them it sets
//   BX24 = null and throws "Unable to initialize Bitrix24 JS library!";
// - it sends `command:JSON:callbackId:APP_SID` to the portal origin and keeps every callback for
//   the life of the page (events reuse them); an answer it cannot parse throws in its message
//   handler, and the callback never runs;
// - BX24.init callbacks run 10 ms after getInitData answers;
// - placement.call returns silently when BX24 has a method of that name;
// - resizeWindow sends integers, and only when both are positive; fitWindow sends the width '100%'
//   and BX24.getScrollSize().scrollHeight, max(scrollHeight, offsetHeight) of the document, which
//   never shrinks a frame;
// - callMethod POSTs form-encoded params to DOMAIN + PATH + '/<method>.json'; on a network, CORS or
//   parse failure it throws "Query error!" inside its XHR handler and never calls back; on
//   `expired_token` (or a token past AUTH_EXPIRES) it calls refreshAuth and tries again;
// - old copies have no openPath: open the widget page with `?old-bx24` to get one of those.
(() => {
  const [domainPart = '', protocolPart = '', appSid = ''] = (window.name || '').split('|');
  const params = { DOMAIN: domainPart.replace(/:(80|443)$/, ''), PROTOCOL: parseInt(protocolPart, 10) || 0, APP_SID: appSid };
  const old = new URLSearchParams(location.search).has('old-bx24');
  const origin = () => `http${params.PROTOCOL ? 's' : ''}://${params.DOMAIN}`;
  const callbacks = new Map();
  const initQueue = [];
  let initialized = false;
  const later = (fn, ...args) => setTimeout(() => fn(...args), 10);
  const randomId = () => Array.from({ length: 32 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 36)]).join('');

  function sendMessage(command, body, callback) {
    if (typeof body === 'function') [body, callback] = [null, body];
    let id = '';
    if (callback) callbacks.set((id = randomId()), callback);
    parent.postMessage(`${command}:${body ? JSON.stringify(body) : ''}:${id}${params.APP_SID ? `:${params.APP_SID}` : ''}`, origin());
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== origin() || !event.data) return;
    const text = String(event.data);
    const colon = text.indexOf(':');
    const [id, raw] = colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
    const callback = callbacks.get(id);
    if (!callback) return;
    callback(raw ? JSON.parse(raw) : []); // throws on malformed JSON, as the real library does
  });

  function encode(data, prefix = '') {
    const parts = [];
    for (const key of Object.keys(data ?? {})) {
      const name = prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key);
      const value = data[key];
      if (value !== null && typeof value === 'object') parts.push(Array.isArray(value) && value.length === 0 ? `${name}=` : encode(value, name));
      else parts.push(`${name}=${encodeURIComponent(value)}`);
    }
    return parts.filter(Boolean).join('&');
  }

  function refreshAuth(callback) {
    sendMessage('refreshAuth', {}, (auth) => {
      params.AUTH_ID = auth.AUTH_ID;
      params.REFRESH_ID = auth.REFRESH_ID;
      params.AUTH_EXPIRES = Date.now() + parseInt(auth.AUTH_EXPIRES, 10) * 1000;
      if (callback) callback(BX24.getAuth());
    });
  }

  function callMethod(method, data, callback) {
    // As the real library: a token past its expiry is refreshed before the call.
    if (params.AUTH_EXPIRES < Date.now()) return refreshAuth(() => callMethod(method, data, callback));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${origin()}${params.PATH}/${encodeURIComponent(method)}.json`);
    xhr.onload = () => {
      const ok = (xhr.status >= 200 && xhr.status < 300) || xhr.status === 304 || (xhr.status >= 400 && xhr.status < 500) || xhr.status === 0;
      let answer = { result: {} };
      let parsed = ok;
      if (ok && xhr.responseText.length > 0) {
        try {
          answer = JSON.parse(xhr.responseText);
        } catch {
          parsed = false;
        }
      }
      if (!parsed) throw 'Query error!'; // a string, as the real library throws
      // The portal said the token expired: refresh it and call again, as the real library does.
      if (answer.error === 'expired_token') return refreshAuth(() => callMethod(method, data, callback));
      if (typeof callback === 'function') {
        callback({
          answer,
          status: xhr.status,
          data: () => answer.result,
          error: () => (answer.error ? `${answer.error}${answer.error_description ? `: ${answer.error_description}` : ''} (${xhr.status})` : undefined),
          error_description: () => answer.error_description,
        });
      }
    };
    xhr.onerror = () => {
      throw 'Query error!';
    };
    const body = [`auth=${params.AUTH_ID}`, encode(data)].filter(Boolean).join('&');
    later(() => xhr.send(body));
  }

  if (!params.DOMAIN || !params.APP_SID) {
    window.BX24 = null;
    throw new Error('Unable to initialize Bitrix24 JS library!');
  }

  const BX24 = {
    init(callback) {
      if (!callback) return;
      if (initialized) later(callback);
      else initQueue.push(callback);
    },
    getLang: () => params.LANG,
    getDomain: () => params.DOMAIN,
    getAuth: () => (initialized && params.AUTH_EXPIRES > Date.now() ? { access_token: params.AUTH_ID, domain: params.DOMAIN } : false),
    isAdmin: () => !!params.IS_ADMIN,
    callMethod,
    refreshAuth,
    resizeWindow(width, height, callback) {
      width = parseInt(width, 10);
      height = parseInt(height, 10);
      if (width > 0 && height > 0) sendMessage('resizeWindow', { width, height }, callback);
    },
    getScrollSize: () => ({
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.documentElement.offsetWidth),
      scrollHeight: Math.max(document.documentElement.scrollHeight, document.documentElement.offsetHeight),
    }),
    fitWindow: (callback) => sendMessage('resizeWindow', { width: '100%', height: BX24.getScrollSize().scrollHeight }, callback),
    placement: {
      info: () => ({ placement: params.PLACEMENT, options: params.PLACEMENT_OPTIONS }),
      getInterface: (callback) => sendMessage('getInterface', callback),
      call(command, body, callback) {
        if (BX24[command]) return;
        if (typeof body === 'function') [body, callback] = [{}, body];
        sendMessage(command, body, callback);
      },
      bindEvent: (event, callback) => sendMessage('placementBindEvent', { event }, callback),
    },
    userOption: { get: () => undefined, set: () => undefined },
  };
  if (!old) BX24.openPath = (path, callback) => sendMessage('openPath', { path }, callback);
  window.BX24 = BX24;

  sendMessage('getInitData', (data) => {
    Object.assign(params, {
      DOMAIN: params.DOMAIN || data.DOMAIN,
      PATH: data.PATH,
      LANG: data.LANG,
      PLACEMENT: data.PLACEMENT,
      PROTOCOL: data.PROTOCOL,
      AUTH_ID: data.AUTH_ID,
      REFRESH_ID: data.REFRESH_ID,
      AUTH_EXPIRES: Date.now() + data.AUTH_EXPIRES * 1000,
      IS_ADMIN: !!data.IS_ADMIN,
      PLACEMENT_OPTIONS: data.PLACEMENT_OPTIONS,
    });
    params.DOMAIN = params.DOMAIN.replace(/:(80|443)$/, '');
    // The real library reads these without a check: a host that leaves them out makes userOption.get throw.
    BX24.userOption = { get: (name) => data.USER_OPTIONS[name], set: () => undefined };
    initialized = true;
    for (const callback of initQueue.splice(0)) later(callback);
  });
})();
