// A client of Bitrix24's frame protocol that behaves like the classic BX24 library: callbacks only,
// one argument per callback, callbacks never removed, origin checked against window.name.
(() => {
  const [domain = '', protocol = '0', appSid = ''] = window.name.split('|');
  const hostOrigin = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
  const callbacks = new Map();
  let nextId = 0;
  let initData = null;
  const waiting = [];

  function send(command, params, callback) {
    const id = `cb${++nextId}`;
    if (callback) callbacks.set(id, callback);
    const body = params === undefined || params === '' ? '' : JSON.stringify(params);
    parent.postMessage([command, body, id, appSid].join(':'), hostOrigin);
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== hostOrigin || typeof event.data !== 'string') return;
    const colon = event.data.indexOf(':');
    const callback = callbacks.get(event.data.slice(0, colon));
    if (!callback) return;
    const raw = event.data.slice(colon + 1);
    let value;
    try {
      value = raw === '' ? [] : JSON.parse(raw);
    } catch {
      return; // the classic library drops what it cannot parse
    }
    callback(value);
  });

  window.BX24 = {
    init(callback) {
      if (initData) setTimeout(callback);
      else waiting.push(callback);
    },
    getLang: () => initData?.LANG ?? 'en',
    placement: {
      info: () => ({ placement: initData?.PLACEMENT, options: initData?.PLACEMENT_OPTIONS }),
      call(command, params, callback) {
        if (typeof params === 'function') [params, callback] = [{}, params];
        send(command, params, callback);
      },
      bindEvent: (event, callback) => send('placementBindEvent', { event }, callback),
      getInterface: (callback) => send('getInterface', {}, callback),
    },
    fitWindow: (callback) => send('resizeWindow', { width: '100%', height: document.documentElement.scrollHeight }, callback),
    resizeWindow: (width, height, callback) => send('resizeWindow', { width, height }, callback),
    openPath: (path, callback) => send('openPath', { path }, callback),
  };

  send('getInitData', '', (data) => {
    initData = data;
    for (const callback of waiting.splice(0)) callback();
  });
})();
