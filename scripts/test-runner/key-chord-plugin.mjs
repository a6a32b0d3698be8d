// A @web/test-runner command that presses keys together (`Shift+Tab`) in every engine: Playwright
// takes `Shift+Tab`, Puppeteer's BiDi keyboard takes down/press/up, and WebDriver's key actions take
// the keys as one chord. @web/test-runner-commands' sendKeys has no portable form for it.
export function keyChordPlugin() {
  return {
    name: 'key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => typeof key === 'string')) {
        throw new Error('press-chord takes { keys: string[] }, e.g. { keys: ["Shift", "Tab"] }.');
      }
      const { browser } = session;
      if (browser.type === 'playwright') {
        await browser.getPage(session.id).keyboard.press(keys.join('+'));
      } else if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        const modifiers = keys.slice(0, -1);
        for (const key of modifiers) await keyboard.down(key);
        await keyboard.press(keys.at(-1));
        for (const key of modifiers.reverse()) await keyboard.up(key);
      } else if (browser.type === 'webdriver') {
        await browser.sendKeys(session.id, keys);
      } else {
        throw new Error(`press-chord does not support the browser type ${browser.type}.`);
      }
      return true;
    },
  };
}
