export { B24AutocloseToggle } from './autoclose-toggle.js';
