/** English for `<b24-crm-bindings>`, which adds it to the fallback when it is defined. */
export const englishBindings = {
  'entity.CONTACT': 'Contact',
  'entity.COMPANY': 'Company',
  'entity.LEAD': 'Lead',
  'entity.DEAL': 'Deal',
  'entity.DYNAMIC': 'Smart-process item',
  'entity.other': 'CRM item',
  'bindings.label': 'Linked in CRM',
  'bindings.empty': 'Not linked to CRM',
  'bindings.primary': 'Main',
  'bindings.announce': 'Now linked to {entity}',
  'bindings.titleLoading': 'Loading the name…',
  'bindings.titleFailed': 'The name could not be loaded',
  'bindings.showMore': { other: 'Show {count} more' },
  'bindings.showLess': 'Show less',
};
