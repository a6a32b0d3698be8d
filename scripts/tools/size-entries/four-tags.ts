// What a page pays for when it registers all four tags (English included, other catalogs and the simulator on demand).
import '../../../src/elements/call-card/b24-call-card.js';
import '../../../src/elements/call-status/b24-call-status.js';
import '../../../src/elements/crm-bindings/b24-crm-bindings.js';
import '../../../src/elements/autoclose-toggle/b24-autoclose-toggle.js';
