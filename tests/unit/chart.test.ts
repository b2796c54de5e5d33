import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossesLines, lineChart, linearScale } from '../../src/lib/chart';

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

describe('label layout', () => {
  it('estimates text width: Chinese characters a full em, digits and Latin letters narrower', async () => {
    const { textWidth } = await import('../../src/lib/chart');
    expect(textWidth('保本点', 12)).toBe(36);
    expect(textWidth('100', 12)).toBeCloseTo(3 * 0.62 * 12, 6);
    expect(textWidth('', 12)).toBe(0);
  });

  it('nudges overlapping labels apart and keeps them inside the plot', async () => {
    const { placeLabels } = await import('../../src/lib/chart');
    const bounds = { left: 50, right: 600, top: 10, bottom: 260 };
    // "预计 +80%" and "保本点 +33%" anchored 10 px apart: the second moves down below the first.
    const placed = placeLabels([
      { x: 300, y: 100, width: 60, height: 14, anchor: 'start' },
      { x: 290, y: 110, width: 70, height: 14, anchor: 'start' },
    ], bounds);
    expect(placed[0]).toEqual({ x: 300, y: 100, width: 60, height: 14, anchor: 'start' });
    const [a, b] = placed.map((p) => ({ top: p.y - p.height * 0.8, bottom: p.y + p.height * 0.2 }));
    expect(b!.top).toBeGreaterThanOrEqual(a!.bottom);
    expect(placed[1]!.x).toBe(290);
  });

  it('moves a label that would leave the plot back inside, above the others when there is no room below', async () => {
    const { placeLabels } = await import('../../src/lib/chart');
    const bounds = { left: 50, right: 600, top: 10, bottom: 260 };
    const placed = placeLabels([
      { x: 570, y: 255, width: 80, height: 14, anchor: 'start' },
      { x: 560, y: 258, width: 80, height: 14, anchor: 'start' },
    ], bounds);
    for (const p of placed) {
      expect(p.x + p.width).toBeLessThanOrEqual(600);
      expect(p.y + p.height * 0.2).toBeLessThanOrEqual(260);
      expect(p.y - p.height * 0.8).toBeGreaterThanOrEqual(10);
    }
    const [a, b] = placed.map((p) => ({ top: p.y - p.height * 0.8, bottom: p.y + p.height * 0.2 }));
    expect(a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
  });

  it('leaves room for the widest y tick label, so the axis title clears it', () => {
    const g = lineChart({ ...spec, series: [{ x: 0, y: 0 }, { x: 1, y: 415000 }], formatY: (y) => `US$${y.toLocaleString('en')}.00` });
    const widest = Math.max(...g.yTicks.map((t) => t.label.length)) * 0.62 * 12;
    // Tick labels end 6 px left of the plot; the rotated axis title takes the first 20 px.
    expect(g.margin.left - 6 - widest).toBeGreaterThanOrEqual(20);
  });

  it('places guide and marker labels clear of each other', () => {
    const g = lineChart({
      ...spec,
      series: [{ x: 0, y: -100 }, { x: 2, y: 100 }],
      markers: [{ x: 0.8, y: 0, label: '预计 +80%' }, { x: 0.9, y: 5, label: '保本点 +90%' }],
      guides: [{ y: 0, label: 'Target 30%' }],
    });
    const boxes = [...g.markers, ...g.guides].map((l) => {
      const left = l.anchor === 'end' ? l.labelX - l.labelWidth : l.labelX;
      return { left, right: left + l.labelWidth, top: l.labelY - 12 * 0.8, bottom: l.labelY + 12 * 0.2 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [p, q] = [boxes[i]!, boxes[j]!];
        const overlap = p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
        expect(overlap, `${i} and ${j}`).toBe(false);
      }
    }
  });
});

describe('tick labels at the edges', () => {
  it('leaves room right of the plot for half of the last x tick label', () => {
    const g = lineChart({ ...spec, series: [{ x: 0, y: 0 }, { x: 0.5, y: 1 }], formatX: (x) => `+${Math.round(x * 100)}%` });
    const last = g.xTicks.at(-1)!;
    expect(last.label).toBe('+50%');
    expect(g.width - last.position).toBeGreaterThanOrEqual((4 * 0.62 * 12) / 2 + 4);
  });

  it('puts a marker label on the side of its dot that the curve leaves free (the stock chart: a falling risk curve, a target line)', () => {
    // Stock-out risk falls from 100% to 0% as the order grows; the calculated order sits on the 5% target.
    const series = Array.from({ length: 41 }, (_, i) => ({ x: 300 + i * 22.5, y: 1 / (1 + Math.exp((300 + i * 22.5 - 650) / 60)) }));
    const g = lineChart({ ...spec, series, markers: [{ x: 700, y: 0.3, label: 'Planned 700' }, { x: 830, y: 0.05, label: 'Calculated 848' }], guides: [{ y: 0.05, label: 'Target 5.0%' }], includeY: [0, 1] });
    for (const m of g.markers) {
      // Below-right is where a falling curve goes: each label is drawn above its dot instead, right of it.
      expect(m.labelY).toBeLessThan(m.y);
      expect(m.labelX).toBeGreaterThan(m.x);
    }
  });

  it('never draws a marker label across a line or guide when one of the four places beside its dot is clear', () => {
    const height = 12 * 1.2;
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        fc.option(fc.integer({ min: -1000, max: 1000 })),
        (ys, pick, guide) => {
          const series = ys.map((y, x) => ({ x, y }));
          const at = series[pick % series.length]!;
          const g = lineChart({ ...spec, series, markers: [{ ...at, label: 'Break-even +90%' }], guides: guide === null ? [] : [{ y: guide, label: 'T' }] });
          const m = g.markers[0]!;
          // The line in SVG units, read back from the drawn path.
          const drawn = [...g.path.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((r) => ({ x: Number(r[1]), y: Number(r[2]) }));
          const guideYs = g.guides.map((x) => x.y);
          // labelWidth is rounded to 0.1: a place counts as clear only when clear at the widest the label can be,
          // and the chosen label must be clear at the narrowest.
          const box = (x: number, y: number, anchor: 'start' | 'end', slack = 0.05) => ({ x, y, width: m.labelWidth + slack, height, anchor });
          const inside = (b: ReturnType<typeof box>) => {
            const left = b.anchor === 'end' ? b.x - b.width : b.x;
            return left >= g.margin.left && left + b.width <= spec.width - g.margin.right && b.y - height * 0.8 >= 0 && b.y + height * 0.2 <= spec.height - g.margin.bottom;
          };
          const places = [box(m.x + 8, m.y + 16, 'start'), box(m.x + 8, m.y - 8, 'start'), box(m.x - 8, m.y + 16, 'end'), box(m.x - 8, m.y - 8, 'end')];
          const clear = places.some((b) => inside(b) && !crossesLines(b, [drawn], guideYs));
          if (clear) expect(crossesLines(box(m.labelX, m.labelY, m.anchor, -0.05), [drawn], guideYs)).toBe(false);
        },
      ),
      { numRuns: 2000, examples: [[[0, 0, 962, -833, 0, 0, 0], 2029588969, null], [[0, 0, 0, 0, 0, 0, 0, 0, -803, 0, -430, -941, 0, 801], 1162516916, null]] },
    );
  });
});
