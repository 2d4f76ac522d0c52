import type { Locator } from 'playwright-core';

/** Fills every dossier field the level-3 escalation form requires, with invented details. */
export async function fillLevelThreeDossier(dialog: Locator) {
  const fill = (field: string, value: string) => dialog.locator(`#dossier-${field}`).fill(value);
  await fill('impactedUsers', 'All caseworkers in Bo district');
  await fill('impactedRoles', 'Caseworker');
  await fill('browser', 'Chrome 120');
  await fill('operatingSystem', 'Android 13 tablet');
  await fill('stepsToReproduce', '1. Open a case 2. Add a referral 3. Save');
  await fill('expectedResult', 'The referral is saved');
  await fill('actualResult', 'An error and nothing saved');
  await fill('noScreenshotReason', 'The error screen shows case data');
}
