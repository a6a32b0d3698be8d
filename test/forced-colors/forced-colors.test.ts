import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { B24AutocloseToggle } from '../../src/elements/autoclose-toggle/autoclose-toggle.js';
import type { B24CallCard } from '../../src/elements/call-card/call-card.js';
import { createCallCardSimulator } from '../../src/connection/simulator.js';
import { normalizeCall } from '../../src/model/normalize-call.js';
import { part } from '../harness.js';
import { sleep, until } from '../helpers.js';

// Windows High Contrast (forced colours) replaces every colour of a page with the user's few system
// colours, and drops box shadows: whatever a tag shows only by a colour of its own disappears. These
// tests look at the pixels the engine painted. Chromium and Firefox run them in their forced-colours
// mode; WebKit has none.

const forced = matchMedia('(forced-colors: active)').matches;

interface Shot {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  /** CSS px to image px. */
  readonly scale: number;
  readonly origin: DOMRect;
}

/** A PNG of the element around what is measured, decoded to pixels. */
async function shoot(element: HTMLElement): Promise<Shot> {
  element.id ||= `shot-${Math.random().toString(36).slice(2)}`;
  const origin = element.getBoundingClientRect();
  const base64 = await executeServerCommand<string, { selector: string }>('element-screenshot', { selector: `#${element.id}` });
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return { data: context.getImageData(0, 0, bitmap.width, bitmap.height).data, width: bitmap.width, height: bitmap.height, scale: bitmap.width / origin.width, origin };
}

type Rgb = readonly [number, number, number];
const distance = (a: Rgb, b: Rgb) => Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);

/** The pixels of a box (in page px), inset by `inset` px on every side. */
function pixelsIn(shot: Shot, box: DOMRect, inset = 0): Rgb[] {
  const pixels: Rgb[] = [];
  const left = Math.ceil((box.left - shot.origin.left + inset) * shot.scale);
  const right = Math.floor((box.right - shot.origin.left - inset) * shot.scale);
  const top = Math.ceil((box.top - shot.origin.top + inset) * shot.scale);
  const bottom = Math.floor((box.bottom - shot.origin.top - inset) * shot.scale);
  for (let y = Math.max(0, top); y < Math.min(shot.height, bottom); y += 1) {
    for (let x = Math.max(0, left); x < Math.min(shot.width, right); x += 1) {
      const at = (y * shot.width + x) * 4;
      pixels.push([shot.data[at]!, shot.data[at + 1]!, shot.data[at + 2]!]);
    }
  }
  return pixels;
}

/** The page's colour behind the measured thing: the shot's top-left pixel. */
const background = (shot: Shot): Rgb => [shot.data[0]!, shot.data[1]!, shot.data[2]!];

/** The share of a box's pixels that stand out from `colour` (a visible mark covers some of them). */
function shareUnlike(pixels: readonly Rgb[], colour: Rgb): number {
  return pixels.filter((pixel) => distance(pixel, colour) > 120).length / Math.max(1, pixels.length);
}

const call = normalizeCall({ CALL_ID: 'forced', CALL_STATE: 'connected' }, 'status').call;

async function toggleShot(attributes: { checked?: boolean; disabled?: boolean } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="display: inline-block; padding: 8px"><b24-autoclose-toggle .call=${call} ?checked=${attributes.checked} ?disabled=${attributes.disabled}></b24-autoclose-toggle></div>`,
  );
  const toggle = wrapper.querySelector<B24AutocloseToggle>('b24-autoclose-toggle')!;
  await toggle.updateComplete;
  await sleep(250); // the thumb's transition
  const shot = await shoot(wrapper);
  const track = part(toggle, 'track')!.getBoundingClientRect();
  const thumb = part(toggle, 'thumb')!.getBoundingClientRect();
  return { shot, track, thumb, trackPixels: pixelsIn(shot, track), thumbPixels: pixelsIn(shot, thumb, 3) };
}

describe('forced colours (Windows High Contrast)', () => {
  if (!forced) {
    it('cannot be turned on in this engine (WebKit has no forced-colours mode), so nothing of the tags is erased here', () => {
      expect(matchMedia('(forced-colors: none)').matches || !('matchMedia' in window)).to.equal(true);
    });
    return;
  }

  it("shows the switch's track and thumb, off and on, and the two states apart", async () => {
    const off = await toggleShot();
    const on = await toggleShot({ checked: true });
    for (const [name, state] of [
      ['off', off],
      ['on', on],
    ] as const) {
      const page = background(state.shot);
      expect(shareUnlike(state.trackPixels, page), `${name}: the track stands out from the page`).to.be.greaterThan(0.15);
      // The thumb's middle against the track's colour beside it.
      const trackColour = state.trackPixels.find((pixel) => distance(pixel, state.thumbPixels[0]!) > 120);
      expect(trackColour, `${name}: the thumb has a colour of its own on the track`).to.not.equal(undefined);
    }
    const shift = Math.abs(on.thumb.left - off.thumb.left);
    expect(shift, 'the thumb moves').to.be.greaterThan(10);
    const differing = on.trackPixels.filter((pixel, index) => off.trackPixels[index] && distance(pixel, off.trackPixels[index]) > 120).length;
    expect(differing / on.trackPixels.length, 'on and off look different').to.be.greaterThan(0.3);
  });

  it('shows the switch disabled and busy, each unlike off', async () => {
    const off = await toggleShot();
    const disabled = await toggleShot({ disabled: true });
    expect(shareUnlike(disabled.trackPixels, background(disabled.shot)), 'the disabled track is visible').to.be.greaterThan(0.05);
    const differing = disabled.trackPixels.filter((pixel, index) => off.trackPixels[index] && distance(pixel, off.trackPixels[index]) > 120).length;
    expect(differing / disabled.trackPixels.length, 'disabled looks unlike off').to.be.greaterThan(0.05);

    const simulator = createCallCardSimulator();
    simulator.setCommandFault('disableAutoClose', 'silent');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="display: inline-block; padding: 8px"><b24-call-card command-timeout="60000" .connection=${simulator}><b24-autoclose-toggle></b24-autoclose-toggle></b24-call-card></div>`,
    );
    const card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
    await until(() => card.snapshot?.status === 'ready', 'ready');
    const toggle = wrapper.querySelector<B24AutocloseToggle>('b24-autoclose-toggle')!;
    part(toggle, 'base')!.click();
    await until(() => part(toggle, 'base')!.getAttribute('aria-busy') === 'true', 'busy');
    await sleep(250);
    const busy = await shoot(wrapper);
    const thumb = part(toggle, 'thumb')!.getBoundingClientRect();
    // A ring around the thumb, where the track would otherwise be plain.
    const ring = pixelsIn(busy, new DOMRect(thumb.left - 3, thumb.top - 3, thumb.width + 6, thumb.height + 6));
    const onThumb = pixelsIn(busy, thumb, 3)[0]!;
    expect(shareUnlike(ring, onThumb), 'busy shows a mark around the thumb').to.be.greaterThan(0.1);
  });

  it("shows the call's phase dot and the primary entity's badge", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px; padding: 8px">
      <b24-call-card .connection=${createCallCardSimulator()}><b24-call-status></b24-call-status><b24-crm-bindings></b24-crm-bindings></b24-call-card>
    </div>`);
    const card = wrapper.querySelector<B24CallCard>('b24-call-card')!;
    await until(() => card.snapshot?.status === 'ready', 'ready');
    const status = wrapper.querySelector('b24-call-status')!;
    const bindings = wrapper.querySelector('b24-crm-bindings')!;
    await until(() => part(bindings, 'item-primary') !== null, 'the primary entity');
    await sleep(100);
    const shot = await shoot(wrapper);
    const phase = part(status, 'phase')!.getBoundingClientRect();
    const dot = new DOMRect(phase.left, phase.top + phase.height / 2 - 4, 8, 8);
    expect(shareUnlike(pixelsIn(shot, dot), background(shot)), 'the phase dot').to.be.greaterThan(0.3);
    const badge = bindings.shadowRoot!.querySelector('[part~="item-primary"] .badge')!.getBoundingClientRect();
    expect(shareUnlike(pixelsIn(shot, badge), background(shot)), 'the main badge').to.be.greaterThan(0.05);
  });
});
