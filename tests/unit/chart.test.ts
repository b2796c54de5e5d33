import { describe, expect, it } from 'vitest';
import { lineChart, linearScale } from '../../src/lib/chart';

const spec = { width: 640, height: 300, formatX: String, formatY: String };

describe('linearScale', () => {
  it('maps the domain onto the range and rounds the domain to nice values', () => {
    const s = linearScale([0, 97], [0, 100], 10);
    expect(s.domain()).toEqual([0, 100]);
    expect(s(50)).toBe(50);
    expect(s.ticks(5)).toEqual([0, 20, 40, 60, 80, 100]);
  });
  it('survives an empty domain', () => {
    expect(linearScale([5, 5], [0, 10]).domain()).toEqual([4, 6]);
  });
});

describe('lineChart', () => {
  it('draws one path through the finite points only', () => {
    const g = lineChart({ ...spec, series: [{ x: 0, y: 0 }, { x: 1, y: Number.NaN }, { x: 2, y: 2 }] });
    expect(g.path.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(g.otherPaths).toEqual([]);
  });
  it('lays out other series on the same scales', () => {
    const g = lineChart({ ...spec, series: [{ x: 0, y: 0 }, { x: 30, y: 300 }], otherSeries: [[{ x: 0, y: 0 }, { x: 30, y: 600 }]] });
    // The other series reaches higher, so the shared vertical scale must make room for it.
    expect(g.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(600);
    expect(g.otherPaths).toHaveLength(1);
    const [start, end] = g.otherPoints[0]!;
    expect(start!.x).toBe(g.margin.left);
    expect(end!.x).toBe(g.width - g.margin.right);
    expect(end!.y).toBeLessThan(start!.y);
  });
});
