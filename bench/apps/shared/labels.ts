// What every build shows for a binding, like the kit: an icon, the type's label, the id, a "Main" badge.
export const TYPE_LABEL: Record<string, string> = { CONTACT: 'Contact', COMPANY: 'Company', LEAD: 'Lead', DEAL: 'Deal' };
export const ICON_PATH: Record<string, string> = {
  CONTACT: 'M3 14a5 5 0 0 1 10 0M8 3a2.5 2.5 0 1 0 0 5a2.5 2.5 0 0 0 0-5',
  COMPANY: 'M3 14V3h7v11M10 7h3v7M2 14h12',
  LEAD: 'M2 3h12L9.5 8.5V13l-3 1V8.5Z',
  DEAL: 'M2 4h12v9H2zM6 4V2.5h4V4',
};
