import { describe, expect, it } from 'vitest';
import { formatDated } from '../../src/lib/dated';

describe('formatDated', () => {
  it('writes a month as a month and a day as a day, in each language', () => {
    expect(formatDated('2025-06', 'en-GB')).toBe('June 2025');
    expect(formatDated('2025-06', 'zh-CN')).toBe('2025年6月');
    expect(formatDated('2022-07-01', 'en-GB')).toBe('1 July 2022');
    expect(formatDated('2022-07-01', 'zh-CN')).toBe('2022年7月1日');
  });

  it('keeps the first and last days of the year in their own year', () => {
    expect(formatDated('2025-01-01', 'en-GB')).toBe('1 January 2025');
    expect(formatDated('2024-12-31', 'en-GB')).toBe('31 December 2024');
  });

  it('returns undefined for text that is not such a date', () => {
    for (const bad of ['2025-13', '2025-00', '2025-02-30', '2025-6', 'June 2025', '', '2025-06-01T00:00']) {
      expect(formatDated(bad, 'en-GB'), bad).toBeUndefined();
    }
  });
});
