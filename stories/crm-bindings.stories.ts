import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createCallCardSimulator } from '../src/connection/simulator.js';
import { callInfo, globalsOf, partOf, providerIn } from './story-helpers.js';

const meta: Meta = {
  title: 'Tags/b24-crm-bindings',
  component: 'b24-crm-bindings',
  parameters: { actions: { handles: ['b24-binding-open'] } },
};
export default meta;

type Story = StoryObj;

const PORTAL = 'https://example.bitrix24.com';
const TYPES = ['CONTACT', 'COMPANY', 'LEAD', 'DEAL', 'DYNAMIC_128'];

function bindings(count: number) {
  return Array.from({ length: count }, (_, index) => ({ ENTITY_TYPE: TYPES[index % TYPES.length], ENTITY_ID: 100 + index }));
}

export const NotLinked: Story = {
  render: () => html`<b24-crm-bindings .call=${callInfo({ CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0 })}></b24-crm-bindings>`,
};

export const OneBinding: Story = {
  render: () => html`<b24-crm-bindings portal=${PORTAL} .call=${callInfo({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: [{ ENTITY_TYPE: 'CONTACT', ENTITY_ID: 17 }] })}></b24-crm-bindings>`,
};

/** Every entity type: contact, company, lead, deal and a smart-process item. */
export const FiveBindingsEveryType: Story = {
  render: () => html`<b24-crm-bindings portal=${PORTAL} .call=${callInfo({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 100, CRM_BINDINGS: bindings(5) })}></b24-crm-bindings>`,
};

export const ThousandBindings: Story = {
  render: () => html`<div style="max-height: 400px; overflow: auto">
    <b24-crm-bindings portal=${PORTAL} .call=${callInfo({ CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 100, CRM_BINDINGS: bindings(1000) })}></b24-crm-bindings>
  </div>`,
};

/** Titles over REST `batch`: names replace ids; an entity the user may not read stays as its id. */
export const ResolvedTitles: Story = {
  render: (_, context) => html`<b24-call-card
    lang=${globalsOf(context).lang}
    .connection=${createCallCardSimulator({
      call: { PHONE_NUMBER: '+4930123456', CRM_ENTITY_TYPE: 'CONTACT', CRM_ENTITY_ID: 17, CRM_BINDINGS: [{ ENTITY_TYPE: 'COMPANY', ENTITY_ID: 5 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 42 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }] },
    })}
    ><b24-crm-bindings resolve-titles></b24-crm-bindings
  ></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const list = providerIn(canvasElement).querySelector('b24-crm-bindings')!;
    await waitFor(() => expect(partOf(list, 'name')?.textContent).toBe('Anna Schmidt'));
  },
};

/** Inside a provider: an entity change moves the highlight. */
export const EntityChangeMovesTheHighlight: Story = {
  render: (_, context) => html`<b24-call-card simulate lang=${globalsOf(context).lang}><b24-crm-bindings></b24-crm-bindings></b24-call-card>`,
  play: async ({ canvasElement }) => {
    const card = providerIn(canvasElement);
    const list = card.querySelector('b24-crm-bindings')!;
    await waitFor(() => expect(card.snapshot?.status).toBe('ready'));
    await waitFor(() => expect(partOf(list, 'item-primary')?.querySelector('a')?.getAttribute('href')).toContain('/crm/contact/details/17/'));
    card.simulator!.changeEntity('LEAD', 31);
    await waitFor(() => expect(partOf(list, 'item-primary')?.querySelector('a')?.getAttribute('href')).toContain('/crm/lead/details/31/'));
  },
};

export const FiveBindingsDarkUkrainian: Story = {
  ...FiveBindingsEveryType,
  globals: { theme: 'dark', locale: 'uk' },
};
