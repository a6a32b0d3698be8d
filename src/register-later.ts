// The drop-in's second file: the tags a card does not need to show the call, loaded by the entry at once.
import './elements/crm-bindings/b24-crm-bindings.js';
import './elements/autoclose-toggle/b24-autoclose-toggle.js';
