// Load at the end of a widget page: ?titles turns on resolve-titles, ?outcome resolve-outcome.
const query = new URLSearchParams(location.search);
if (query.has('titles')) document.querySelector('b24-crm-bindings').setAttribute('resolve-titles', '');
if (query.has('outcome')) document.querySelector('b24-call-status').setAttribute('resolve-outcome', '');
