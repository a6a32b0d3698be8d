/** The CRM entity types' icons, drawn as the call's icons are (see `../icons.ts`); only this tag uses them, and it loads after the call shows. */
export const entityIconPaths = {
  CONTACT: 'M5.5 5.5a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M3 14a5 5 0 0 1 10 0',
  COMPANY: 'M3 14V3h7v11M10 7h3v7M2 14h12M5.5 6h2M5.5 9h2',
  LEAD: 'M2 3h12L9.5 8.5V13l-3 1V8.5Z',
  DEAL: 'M3.5 4h9A1.5 1.5 0 0 1 14 5.5v6a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 2 11.5v-6A1.5 1.5 0 0 1 3.5 4ZM6 4V2.5h4V4M2 8h12',
  DYNAMIC: 'M8 1.5 14 5v6l-6 3.5L2 11V5ZM2 5l6 3.5L14 5M8 8.5v6',
  CRM: 'M2.5 8a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0M8 5v3l2 2',
} as const;
