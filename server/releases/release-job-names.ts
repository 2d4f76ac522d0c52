/** Updates and notifies every request a shipped release carries. */
export const SHIP_RELEASE_JOB = 'release.ship';
