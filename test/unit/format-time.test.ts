// Relative times as the popup words them: a value purged 24 h after capture says "in 24 hours",
// also a moment after capture (the vault's clock may run a few ms ahead of the popup's).
import { describe, expect, it } from 'vitest';
import { inTime } from '../../components/format';

describe('inTime', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  const at = (ms: number) => new Date(now + ms).toISOString();

  it('says hours as a person rounds them', () => {
    expect(inTime(at(24 * 3_600_000 + 5), now)).toBe('in 24 hours');
    expect(inTime(at(23.6 * 3_600_000), now)).toBe('in 24 hours');
    expect(inTime(at(90 * 60_000), now)).toBe('in 2 hours');
  });

  it('says minutes and seconds up to the next whole one, and days past two', () => {
    expect(inTime(at(59 * 60_000 + 1), now)).toBe('in 60 minutes');
    expect(inTime(at(1_500), now)).toBe('in 2 seconds');
    expect(inTime(at(3 * 86_400_000), now)).toBe('in 3 days');
  });
});
