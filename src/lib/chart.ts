/**
 * Geometry for small line charts, so the same SVG renders on the server (default inputs) and in the browser
 * (after edits). Returns plain data; components draw it.
 *
 * Nice domains and tick values come from d3-array's `nice` and `ticks`, the functions d3-scale's linear scale
 * is built on. d3-scale itself adds 10.8 kB gzip (interpolators, colour, number formats we do not use),
 * which alone would break the 25 kB budget of a calculator page; d3-array's part costs 1.4 kB.
 */
import { nice, ticks } from 'd3-array';

/** A linear map from a domain to a range, with d3's nice rounding of the domain. */
export function linearScale(domain: [number, number], range: [number, number], niceCount?: number) {
  let [d0, d1] = domain;
  if (d0 === d1) [d0, d1] = [d0 - 1, d1 + 1];
  if (niceCount !== undefined) [d0, d1] = nice(d0, d1, niceCount);
  const [r0, r1] = range;
  const map = (v: number) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(map, {
    domain: (): [number, number] => [d0, d1],
    ticks: (count: number) => ticks(d0, d1, count),
  });
}

export interface Point {
  x: number;
  y: number;
}
export interface ChartSpec {
  width: number;
  height: number;
  series: Point[];
  /** Further lines drawn on the same scales (a plan under an actual). */
  otherSeries?: Point[][];
  /** Horizontal reference lines (a target) and marked points (a solution, a break-even). */
  guides?: { y: number; label: string }[];
  markers?: { x: number; y: number; label: string }[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  /** Force these values into the vertical domain (e.g. 0 and the target). */
  includeY?: number[];
}
export interface Tick {
  value: number;
  position: number;
  label: string;
}
export interface ChartGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  path: string;
  /** Paths of `otherSeries`, in order. */
  otherPaths: string[];
  /** Positions of every point of `otherSeries`, in order (for dots on a line). */
  otherPoints: { x: number; y: number }[][];
  xTicks: Tick[];
  yTicks: Tick[];
  guides: (PlacedLabel & { y: number; label: string })[];
  markers: (PlacedLabel & { x: number; y: number; label: string })[];
  zeroY: number | null;
}

/** Where a guide's or marker's label is drawn: its anchor point (baseline), width and text anchor. */
export interface PlacedLabel {
  labelX: number;
  labelY: number;
  labelWidth: number;
  anchor: 'start' | 'end';
}

/** Font size of tick, guide and marker labels, in SVG units (the stylesheet's 12px). */
export const LABEL_FONT = 12;

/**
 * An estimate of a label's width, wide enough for the fonts the site uses: CJK characters (and full-width
 * forms) one em, spaces 0.3 em, digits and Latin letters 0.62 em, capitals and currency signs 0.75 em, % 0.9 em.
 * @example textWidth('保本点', 12) //=> 36
 */
export function textWidth(text: string, fontSize = LABEL_FONT): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)) em += 1;
    else if (ch === ' ' || ch === '\u00a0' || ch === '\u202f') em += 0.3;
    else if (ch === '%') em += 0.9;
    else if (/[A-Z$€£¥@MW]/.test(ch)) em += 0.75;
    else em += 0.62;
  }
  return em * fontSize;
}

/** A label to place: its anchor point (x, baseline y), its size and which end x is. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  anchor: 'start' | 'end';
}

const ASCENT = 0.8;
const GAP = 2;
const edges = (b: LabelBox) => {
  const left = b.anchor === 'end' ? b.x - b.width : b.x;
  return { left, right: left + b.width, top: b.y - b.height * ASCENT, bottom: b.y + b.height * (1 - ASCENT) };
};
const overlaps = (a: LabelBox, b: LabelBox) => {
  const p = edges(a);
  const q = edges(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
};

/**
 * Places labels so that none overlaps another or leaves the bounds: each is first moved inside the bounds,
 * then, in order, moved down below the labels it meets (or above them when there is no room below). The
 * first label keeps its place when it fits; x only changes to stay inside.
 * @example placeLabels([{ x: 10, y: 20, width: 30, height: 12, anchor: 'start' }, { x: 15, y: 22, width: 30, height: 12, anchor: 'start' }], { left: 0, right: 100, top: 0, bottom: 100 })[1].y //=> 34
 */
export function placeLabels(labels: readonly LabelBox[], bounds: { left: number; right: number; top: number; bottom: number }): LabelBox[] {
  const inside = (b: LabelBox): LabelBox => {
    const e = edges(b);
    let x = b.x;
    if (e.right > bounds.right) x -= e.right - bounds.right;
    if (e.left + (x - b.x) < bounds.left) x += bounds.left - (e.left + (x - b.x));
    let y = b.y;
    if (e.bottom > bounds.bottom) y -= e.bottom - bounds.bottom;
    if (e.top + (y - b.y) < bounds.top) y += bounds.top - (e.top + (y - b.y));
    return { ...b, x: round(x), y: round(y) };
  };
  const placed: LabelBox[] = [];
  for (const label of labels) {
    let box = inside(label);
    // Below the labels it meets; if that leaves the plot, above them; a bounded number of tries.
    for (let tries = 0; tries <= placed.length * 2 && placed.some((p) => overlaps(p, box)); tries++) {
      const hit = placed.filter((p) => overlaps(p, box));
      const below = Math.max(...hit.map((p) => edges(p).bottom)) + GAP + box.height * ASCENT;
      const above = Math.min(...hit.map((p) => edges(p).top)) - GAP - box.height * (1 - ASCENT);
      const fitsBelow = below + box.height * (1 - ASCENT) <= bounds.bottom;
      box = { ...box, y: round(fitsBelow ? below : above) };
      if (!fitsBelow && box.y - box.height * ASCENT < bounds.top) box = inside(box);
    }
    placed.push(box);
  }
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;
/** Room for the rotated y-axis title, from the left edge. */
const AXIS_TITLE = 20;

/**
 * Whether a label's box is crossed by a drawn line: a polyline (a series, in SVG units) or a horizontal guide.
 * @example crossesLines({ x: 0, y: 10, width: 20, height: 12, anchor: 'start' }, [[{ x: 0, y: 0 }, { x: 20, y: 20 }]], []) //=> true
 * @example crossesLines({ x: 0, y: 10, width: 20, height: 12, anchor: 'start' }, [], [30]) //=> false
 */
export function crossesLines(box: LabelBox, lines: readonly (readonly Point[])[], guideYs: readonly number[]): boolean {
  const e = edges(box);
  if (guideYs.some((gy) => gy >= e.top && gy <= e.bottom)) return true;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const left = Math.max(e.left, Math.min(a.x, b.x));
      const right = Math.min(e.right, Math.max(a.x, b.x));
      if (left > right) continue;
      // The segment's y over the part of it above the box's width; a vertical segment spans its own ys.
      const yAt = (px: number) => (a.x === b.x ? a.y : a.y + ((b.y - a.y) * (px - a.x)) / (b.x - a.x));
      const [y0, y1] = a.x === b.x ? [Math.min(a.y, b.y), Math.max(a.y, b.y)] : [Math.min(yAt(left), yAt(right)), Math.max(yAt(left), yAt(right))];
      if (y0 <= e.bottom && y1 >= e.top) return true;
    }
  }
  return false;
}

/**
 * Guides and markers with their labels placed: guides above their line at the right; a marker's label beside
 * its dot on the first side (below-right, above-right, below-left, above-left) that no line or guide crosses,
 * so a label never sits on the curve it names.
 */
function labelled(spec: ChartSpec, x: (v: number) => number, y: (v: number) => number, margin: ChartGeometry['margin']) {
  const guides = (spec.guides ?? []).map((g) => ({ y: round(y(g.y)), label: g.label }));
  const markers = (spec.markers ?? [])
    .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y))
    .map((m) => ({ x: round(x(m.x)), y: round(y(m.y)), label: m.label }));
  const height = LABEL_FONT * 1.2;
  const bounds = { left: margin.left, right: spec.width - margin.right, top: 0, bottom: spec.height - margin.bottom };
  // The lines as drawn (rounded as the path is), so a label is judged against what the reader sees.
  const toPixels = (series: Point[]) => series.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ x: round(x(p.x)), y: round(y(p.y)) }));
  const lines = [spec.series, ...(spec.otherSeries ?? [])].map(toPixels);
  const guideYs = guides.map((g) => g.y);
  const fits = (b: LabelBox) => {
    const e = edges(b);
    return e.left >= bounds.left && e.right <= bounds.right && e.top >= bounds.top && e.bottom <= bounds.bottom;
  };
  const markerBox = (m: { x: number; y: number; label: string }): LabelBox => {
    const width = textWidth(m.label);
    const sides: LabelBox[] = [
      { x: m.x + 8, y: m.y + 16, width, height, anchor: 'start' },
      { x: m.x + 8, y: m.y - 8, width, height, anchor: 'start' },
      { x: m.x - 8, y: m.y + 16, width, height, anchor: 'end' },
      { x: m.x - 8, y: m.y - 8, width, height, anchor: 'end' },
    ];
    return sides.find((b) => fits(b) && !crossesLines(b, lines, guideYs)) ?? sides[0]!;
  };
  const boxes: LabelBox[] = [
    ...markers.map(markerBox),
    ...guides.map((g): LabelBox => ({ x: spec.width - margin.right, y: g.y - 4, width: textWidth(g.label), height, anchor: 'end' })),
  ];
  const placed = placeLabels(boxes, bounds);
  const at = (i: number): PlacedLabel => {
    const b = placed[i]!;
    return { labelX: b.x, labelY: b.y, labelWidth: round(b.width), anchor: b.anchor };
  };
  return {
    markers: markers.map((m, i) => ({ ...m, ...at(i) })),
    guides: guides.map((g, i) => ({ ...g, ...at(markers.length + i) })),
  };
}

/**
 * Lays out a line chart: scales, ticks, the line's path and the positions of guides and markers. The left
 * margin grows with the widest y tick label so the rotated axis title (the first 20 units) stays clear of
 * it; guide and marker labels are placed clear of each other inside the plot.
 */
export function lineChart(spec: ChartSpec): ChartGeometry {
  const margin = { top: 16, right: 16, bottom: 40, left: 56 };
  const finite = (series: Point[]) => series.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const points = finite(spec.series);
  const others = (spec.otherSeries ?? []).map(finite);
  const all = [...points, ...others.flat()];
  const xs = all.map((p) => p.x);
  const ys = [...all.map((p) => p.y), ...(spec.includeY ?? [])];
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const yMin = ys.length ? Math.min(...ys) : 0;
  const yMax = ys.length ? Math.max(...ys) : 1;
  const y = linearScale([yMin, yMax], [spec.height - margin.bottom, margin.top], 10);
  const yLabels = y.ticks(5).map((v) => spec.formatY(v));
  margin.left = Math.max(margin.left, Math.ceil(Math.max(0, ...yLabels.map((l) => textWidth(l))) + 6 + AXIS_TITLE));
  // The last x tick label is centred on its tick: half of it must fit right of the plot.
  const xLast = linearScale([xMin, xMax], [0, 1]).ticks(5).at(-1);
  if (xLast !== undefined) margin.right = Math.max(margin.right, Math.ceil(textWidth(spec.formatX(xLast)) / 2) + 4);
  const x = linearScale([xMin, xMax], [margin.left, spec.width - margin.right]);
  const pathOf = (series: Point[]) => series.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.x))},${round(y(p.y))}`).join('');
  const [d0, d1] = y.domain();
  return {
    width: spec.width,
    height: spec.height,
    margin,
    path: pathOf(points),
    otherPaths: others.map(pathOf),
    otherPoints: others.map((series) => series.map((p) => ({ x: round(x(p.x)), y: round(y(p.y)) }))),
    xTicks: x.ticks(5).map((v) => ({ value: v, position: round(x(v)), label: spec.formatX(v) })),
    yTicks: y.ticks(5).map((v) => ({ value: v, position: round(y(v)), label: spec.formatY(v) })),
    ...labelled(spec, x, y, margin),
    zeroY: d0 <= 0 && d1 >= 0 ? round(y(0)) : null,
  };
}
