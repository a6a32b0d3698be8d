/** A portal user: the card on the emulator's page belongs to user 1. */
export interface PortalUser {
  readonly ID: string;
  readonly NAME: string;
  readonly LAST_NAME: string;
  /** The internal number, `USER_PHONE_INNER` in the telephony methods. */
  readonly UF_PHONE_INNER: string;
}

export const PORTAL_USERS: readonly PortalUser[] = Object.freeze([
  { ID: '1', NAME: 'Emma', LAST_NAME: 'Operator', UF_PHONE_INNER: '101' },
  { ID: '2', NAME: 'Lukas', LAST_NAME: 'Agent', UF_PHONE_INNER: '102' },
]);
