// The user-facing row of `npm run bench`: the time from a widget's navigation to its number painted, as
// an operator who opens the card waits for it, on a throttled profile (CPU 4× slower, 150 ms round
// trip, no cache). Each page is the widget as a portal loads it: the classic library's surface (answering
// at once, as the portal's does from PLACEMENT_OPTIONS) and the call's number in it. The drop-in page loads
// the kit's drop-in bundle; the server-rendered page is the same with the card from `renderCallCard`, as the
// widget handler sends it; the vanilla page writes the number with one line of script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../static-server.mjs';

export const THROTTLING = { cpuSlowdown: 4, roundTripMs: 150 };
export const NUMBER = '+4930123456';

const OPTIONS = { CALL_ID: 'externalCall.1', PHONE_NUMBER: NUMBER, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: '17', CALL_DIRECTION: 'incoming', CALL_STATE: 'connecting' };

/** What the classic library gives a CALL_CARD widget, answering at once, as a portal's does. */
const HOST = `<script>
  const options = ${JSON.stringify(OPTIONS)};
  window.BX24 = {
    init: (callback) => setTimeout(callback),
    getLang: () => 'en',
    getDomain: () => 'example.bitrix24.com',
    fitWindow() {},
    resizeWindow() {},
    getScrollSize: () => ({ scrollWidth: 0, scrollHeight: 0 }),
    placement: {
      info: () => ({ placement: 'CALL_CARD', options }),
      call: (command, params, callback) => setTimeout(() => callback(command === 'getStatus' ? { ...options, CALL_LIST_MODE: false } : undefined)),
      bindEvent() {},
      getInterface: (callback) => setTimeout(() => callback({ command: ['getStatus', 'disableAutoClose', 'enableAutoClose'], event: ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'] })),
    },
  };
</script>`;

/**
 * Notes, at the start of the frame that paints it, when the number is on the page. It comes before the
 * page's content: a server-rendered number is painted by the first frame after it is parsed, which may come
 * before the parser reaches a script placed after it.
 */
const WATCH = `<script>
  const shown = () => document.querySelector('b24-call-status')?.shadowRoot?.querySelector('[part~="number"]')?.textContent ?? document.getElementById('number')?.textContent ?? '';
  const watch = (now) => (shown().includes('${NUMBER}') ? (window.__numberPainted = now) : requestAnimationFrame(watch));
  requestAnimationFrame(watch);
</script>`;

const dropInPage = (title, card) => `<!doctype html><meta charset="utf-8"><title>${title}</title>${HOST}${WATCH}
<script type="module" src="./kit/b24-call-card-kit.js"></script>
${card}`;

/** The pages, by name; `renderCallCard` is the kit's server renderer (`b24-call-card-kit/server`), as built. */
async function pagesOf(renderCallCard) {
  return {
    'drop-in': dropInPage('drop-in', '<b24-call-card><b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>'),
    'server-rendered': dropInPage('server-rendered', await renderCallCard({ PLACEMENT_OPTIONS: JSON.stringify(OPTIONS), LANG: 'en' }, { resolveTitles: false })),
    vanilla: `<!doctype html><meta charset="utf-8"><title>vanilla</title>${HOST}${WATCH}
<p id="number"></p>
<script>BX24.init(() => (document.getElementById('number').textContent = BX24.placement.info().options.PHONE_NUMBER));</script>`,
  };
}

/**
 * Opens each page `repeats` times, each on a fresh page with no cache, throttled; resolves with the times
 * from navigation to the number painted (ms), per page.
 */
export async function measureFirstPaint(browser, { repeats, dropIn = 'dist/drop-in', renderCallCard }) {
  const pages = await pagesOf(renderCallCard);
  const folder = mkdtempSync(join(tmpdir(), 'b24-first-paint-'));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(folder, `${name}.html`), html);
  const { server, origin } = await serveStatic({ '/kit/': dropIn, '/': folder });
  const samples = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let round = 0; round < repeats; round += 1) {
      for (const name of Object.keys(pages)) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: THROTTLING.roundTripMs, downloadThroughput: -1, uploadThroughput: -1 });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
        await page.goto(`${origin}/${name}.html`, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.__numberPainted, undefined, { timeout: 30_000, polling: 50 });
        samples[name].push(await page.evaluate(() => window.__numberPainted));
        await page.close();
      }
    }
  } finally {
    server.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return samples;
}
