import { describe, expect, it } from 'vitest';
import { ZCreateRelease, ZReleaseVersion } from '../../shared/release-schemas.ts';

describe('[RELEASES]: version numbers', () => {
  it.each(['v2.15.2', 'v2.15.1.1', 'v2.16.0-rc1', 'v2.15.1.1-rc12', 'v10.0.0', '  v2.15.2  '])('accepts %j', (version) => {
    expect(ZReleaseVersion.safeParse(version).success).toBe(true);
  });

  it.each([
    '2.15.2',
    'v2.15',
    'v2',
    'V2.15.2',
    'v2.15.2.1.1',
    'v2.15.2-rc',
    'v2.15.2-beta1',
    'v2.15.2-RC1',
    'v2..2',
    'v2.15.x',
    '',
  ])('refuses %j', (version) => {
    expect(ZReleaseVersion.safeParse(version).success).toBe(false);
  });

  it('names the field when a release is created with a bad version', () => {
    const parsed = ZCreateRelease.safeParse({ version: 'release-3', module: 'cp', plannedDate: '2026-12-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['version'], message: expect.stringContaining('v2.15.2') });
  });
});
