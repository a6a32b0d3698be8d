// Served in place of //api.bitrix24.com/api/v1/ for the plain HTML example: the classic library's
// surface as HOST-FACTS.md describes it (callbacks, one argument per event, no unbind, silence for
// unknown commands), with `window.__host` controls for the test.
(() => {
  const status = {
    CALL_ID: 'externalCall.0f0e.1774588815',
    PHONE_NUMBER: '+4930123456',
    LINE_NUMBER: '+49 30 000-00-00',
    LINE_NAME: 'Berlin office',
    CRM_ENTITY_TYPE: 'CONTACT',
    CRM_ENTITY_ID: 17,
    CRM_ACTIVITY_ID: '',
    CRM_BINDINGS: [{ ENTITY_TYPE: 'CONTACT', ENTITY_ID: 17 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 }],
    CALL_DIRECTION: 'incoming',
    CALL_STATE: 'connecting',
    CALL_LIST_MODE: false,
  };
  const stringOptions = () => JSON.parse(JSON.stringify(status, (key, value) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value)));
  const options = stringOptions();
  const handlers = {};
  const commands = [];
  const fire = (event, arg) => (handlers[event] ?? []).forEach((handler) => setTimeout(() => handler(arg)));
  let ready = false;
  window.BX24 = {
    init(callback) {
      setTimeout(() => {
        ready = true;
        callback();
      }, 10);
    },
    getLang: () => 'en',
    fitWindow() {},
    resizeWindow() {},
    openPath(path, callback) {
      setTimeout(() => callback?.({ result: 'close' }));
    },
    placement: {
      info: () => (ready ? { placement: 'CALL_CARD', options } : {}),
      call(command, params, callback) {
        commands.push(command);
        const answers = { getStatus: () => structuredClone(status), disableAutoClose: () => [], enableAutoClose: () => [] };
        if (answers[command]) setTimeout(() => callback(answers[command]()));
      },
      bindEvent(event, callback) {
        (handlers[event] ??= []).push(callback);
      },
      getInterface(callback) {
        setTimeout(() => callback({ command: ['getStatus', 'disableAutoClose', 'enableAutoClose'], event: Object.keys(handlers) }));
      },
    },
  };
  window.__host = {
    commands,
    binds: () => Object.fromEntries(Object.entries(handlers).map(([event, list]) => [event, list.length])),
    connect() {
      status.CALL_STATE = 'connected';
      fire('CallCard::CallStateChanged', 'connected');
    },
    changeEntity(type, id) {
      status.CRM_ENTITY_TYPE = type;
      status.CRM_ENTITY_ID = id;
      status.CRM_BINDINGS.push({ ENTITY_TYPE: type, ENTITY_ID: id });
      fire('CallCard::EntityChanged', { PHONE_NUMBER: status.PHONE_NUMBER, CRM_ENTITY_TYPE: type, CRM_ENTITY_ID: id });
    },
  };
})();
