// A @web/test-runner command that takes a PNG of one element in every engine, for tests that
// measure pixels (forced colours erase what only a box can show): Playwright's and Puppeteer's
// element screenshots, and WebDriver's element screenshot for WebKit.
export function screenshotPlugin() {
  return {
    name: 'element-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'element-screenshot') return undefined;
      const selector = payload?.selector;
      if (typeof selector !== 'string' || !selector) throw new Error('element-screenshot takes { selector: string }, a selector of a light-DOM element.');
      const { browser } = session;
      let png;
      if (browser.type === 'playwright') {
        png = await browser.getPage(session.id).locator(selector).screenshot({ animations: 'disabled' });
      } else if (browser.type === 'puppeteer') {
        const element = await browser.getPage(session.id).$(selector);
        if (!element) throw new Error(`element-screenshot: nothing matches ${selector}`);
        return element.screenshot({ encoding: 'base64' });
      } else if (browser.type === 'webdriver') {
        png = await browser.takeScreenshot(session.id, `return document.querySelector(${JSON.stringify(selector)})`);
      } else {
        throw new Error(`element-screenshot does not support the browser type ${browser.type}.`);
      }
      return Buffer.from(png).toString('base64');
    },
  };
}
