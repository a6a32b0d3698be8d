/** The paths `openPath` accepts (newer hosts also allow `crm/type/<id>/`); the host refuses others with `PATH_NOT_AVAILABLE`. */
const OPENABLE_PATH = /^\/(crm\/(deal|lead|contact|company|type)|marketplace|company\/personal\/user\/\d+|workgroups\/group\/\d+)\//;

export function isOpenablePath(path: string): boolean {
  return OPENABLE_PATH.test(path);
}
