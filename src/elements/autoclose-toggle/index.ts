export { B24AutocloseToggle, type AutocloseToggleChangeEvent } from './autoclose-toggle.js';
