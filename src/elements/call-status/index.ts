export { B24CallStatus } from './call-status.js';
