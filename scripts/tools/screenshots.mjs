// `node scripts/screenshots.mjs [en,ru,de]`: the whole card from the built drop-in bundle (`npm run
// build` first) on a plain white page at 320, 400 and 550 px, in light, dark on a white page and
// Bitrix24's AIR tokens with `.dark`; and 50 bindings collapsed and expanded. PNGs go to
// .screenshots/, one per language and look, for a person to look at: layout is tested by
// measuring boxes (test/layout/), not by these. `--readme` writes the README's two pictures instead
// (docs/images/card-light.png and card-dark.png: one connected card, 400 px, in English).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { airTokensCss } from '../../stories/air-tokens.mjs';
import { CHROMIUM_ARGS, findChromium } from '../test-runner/browsers.mjs';
import { serveStatic } from '../static-server.mjs';

const README = process.argv.includes('--readme');
const languages = README ? [] : (process.argv.find((arg, index) => index > 1 && !arg.startsWith('--')) ?? 'en,ru,de').split(',');
const OUT = '.screenshots';
mkdirSync(OUT, { recursive: true });

const page = (body, head = '') => `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:16px;font:14px system-ui;background:#fff}
.row{display:flex;gap:24px;align-items:start}.cell{border:1px dashed #ccc}.label{font:12px monospace;color:#555;margin:0 0 4px}</style>${head}
<script type="module">
import { loadSimulator } from './kit/b24-call-card-kit.js';
const CALL = { PHONE_NUMBER: '+4915112345678', TYPE: 3, LINE_NAME: 'Berlin office', CALL_LIST_ID: 7, CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17,
  CRM_BINDINGS: [{ ENTITY_TYPE: 'COMPANY', ENTITY_ID: 5 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 }] };
const MANY = { ...CALL, CRM_BINDINGS: Array.from({ length: 50 }, (_, i) => ({ ENTITY_TYPE: i % 2 ? 'DEAL' : 'COMPANY', ENTITY_ID: i + 1 })) };
for (const card of document.querySelectorAll('b24-call-card')) {
  const simulator = await loadSimulator(card.dataset.failing ? { placement: 'CRM_DEAL_DETAIL_TAB' } : { call: card.dataset.many ? MANY : CALL });
  card.connection = simulator;
  if (card.dataset.connect) setTimeout(() => simulator.connect(), 50);
}
</script></head><body>${body}</body></html>`;

const card = (lang, theme, extra = '') => `<b24-call-card lang="${lang}" ${theme ? `theme="${theme}"` : ''} ${extra}>
  <b24-call-status></b24-call-status><b24-crm-bindings resolve-titles></b24-crm-bindings><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card>`;

const looks = {
  light: { wrap: '', theme: '' },
  'dark-on-white': { wrap: '', theme: 'dark' },
  'air-dark': { wrap: 'dark', theme: '', head: `<style>${airTokensCss(':root')}</style>` },
};

const server = await serveStatic({ '/kit/': 'dist/drop-in', '/': OUT });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const tab = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: README ? 2 : 1 });
if (README) {
  mkdirSync('docs/images', { recursive: true });
  for (const [name, theme] of [['light', ''], ['dark', 'dark']]) {
    writeFileSync(`${OUT}/page.html`, page(`<div id="shot" style="width:400px;padding:12px;background:#fff">${card('en', theme, 'data-connect="1"')}</div>`));
    await tab.goto(`${server.origin}/page.html`);
    await tab.waitForTimeout(2300);
    await tab.locator('#shot').screenshot({ path: `docs/images/card-${name}.png` });
  }
}
for (const lang of languages) {
  for (const [look, { wrap, theme, head }] of Object.entries(looks)) {
    const cells = [320, 400, 550].map((width) => `<div><p class="label">${width} px</p><div class="cell ${wrap}" style="width:${width}px;display:grid;gap:16px">
      ${card(lang, theme, 'data-connect="1"')}${card(lang, theme, 'data-failing="1"')}</div></div>`);
    writeFileSync(`${OUT}/page.html`, page(`<div class="row">${cells.join('')}</div>`, head));
    await tab.goto(`${server.origin}/page.html`);
    await tab.waitForTimeout(1200);
    await tab.screenshot({ path: `${OUT}/${lang}-${look}.png`, fullPage: true });
  }
  writeFileSync(`${OUT}/page.html`, page(`<div class="row"><div class="cell" style="width:400px">${card(lang, '', 'data-many="1"')}</div></div>`));
  await tab.goto(`${server.origin}/page.html`);
  await tab.waitForTimeout(800);
  await tab.screenshot({ path: `${OUT}/${lang}-50-bindings-collapsed.png`, fullPage: true });
  await tab.locator('b24-crm-bindings [part=more]').click();
  await tab.waitForTimeout(300);
  await tab.screenshot({ path: `${OUT}/${lang}-50-bindings-expanded.png`, fullPage: true });
}
await browser.close();
server.server.close();
console.log(`Screenshots in ${OUT}/`);
