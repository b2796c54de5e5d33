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
  guides: { y: number; label: string }[];
  markers: { x: number; y: number; label: string }[];
  zeroY: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out a line chart: scales, ticks, the line's path and the positions of guides and markers. */
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
  const x = linearScale([xMin, xMax], [margin.left, spec.width - margin.right]);
  const y = linearScale([yMin, yMax], [spec.height - margin.bottom, margin.top], 10);
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
    guides: (spec.guides ?? []).map((g) => ({ y: round(y(g.y)), label: g.label })),
    markers: (spec.markers ?? [])
      .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y))
      .map((m) => ({ x: round(x(m.x)), y: round(y(m.y)), label: m.label })),
    zeroY: d0 <= 0 && d1 >= 0 ? round(y(0)) : null,
  };
}
