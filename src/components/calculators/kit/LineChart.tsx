import type { ComponentChildren } from 'preact';
import { lineChart, type ChartSpec } from '../../../lib/chart';
import type { T } from '../../../i18n/translate';

/** A further line on the same scales (an actual over a plan), optionally with a dot at each point. */
export interface OtherLine {
  name: string;
  className: string;
  /** Dots at every point but the first (a series that starts from nothing at day 0). */
  dots?: boolean;
}

interface Props extends ChartSpec {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  t: T;
  /** Class and series name of the main line. */
  lineClass?: string;
  lineName?: string;
  /** How `otherSeries` are drawn, in the same order. */
  others?: OtherLine[];
  /** The zero line, when zero is inside the vertical domain. */
  zeroLine?: boolean;
  /** Extra class on the figure, and its island name for tests. */
  class?: string;
  island?: string;
  /** A legend above the chart, for charts with more than one line. */
  legend?: ComponentChildren;
  /** A data table in place of the default x, y table (charts with more than one line). */
  table?: { head: ComponentChildren; rows: ComponentChildren };
}

/** An SVG line chart with its data as a table beside it, for screen readers and for copying. Every calculator draws its charts with it. */
export function LineChart(props: Props) {
  const g = lineChart(props);
  const { id, title, xLabel, yLabel, t, lineClass = 'chart-line', lineName, others = [], zeroLine = true } = props;
  const bottom = g.height - g.margin.bottom;
  return (
    <figure class={props.class ? `chart ${props.class}` : 'chart'} aria-labelledby={`${id}-title`} data-calculator-island={props.island}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {props.legend}
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={`${id}-title`} class="chart-svg">
        {g.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={g.margin.left} x2={g.width - g.margin.right} y1={tick.position} y2={tick.position} class="chart-grid" />
            <text x={g.margin.left - 6} y={tick.position} dy="0.32em" text-anchor="end" class="chart-tick">{tick.label}</text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text key={`x${tick.value}`} x={tick.position} y={bottom + 16} text-anchor="middle" class="chart-tick">{tick.label}</text>
        ))}
        {zeroLine && g.zeroY !== null && <line x1={g.margin.left} x2={g.width - g.margin.right} y1={g.zeroY} y2={g.zeroY} class="chart-zero" />}
        {g.guides.map((guide, i) => (
          <g key={`g${i}`}>
            <line x1={g.margin.left} x2={g.width - g.margin.right} y1={guide.y} y2={guide.y} class="chart-guide" />
            <text x={guide.labelX} y={guide.labelY} text-anchor={guide.anchor} class="chart-guide-label">{guide.label}</text>
          </g>
        ))}
        <path d={g.path} class={lineClass} fill="none" data-series={lineName} />
        {others.map((line, i) => {
          const path = g.otherPaths[i];
          const dots = line.dots ? (g.otherPoints[i] ?? []).slice(1) : [];
          return (
            <g key={`o${i}`}>
              {path && <path d={path} class={line.className} fill="none" data-series={line.name} />}
              {dots.map((dot, j) => <circle key={j} cx={dot.x} cy={dot.y} r={3.5} class="chart-marker" />)}
            </g>
          );
        })}
        {g.markers.map((m, i) => (
          <g key={`m${i}`}>
            <circle cx={m.x} cy={m.y} r={5} class="chart-marker" />
            <text x={m.labelX} y={m.labelY} text-anchor={m.anchor} class="chart-marker-label">{m.label}</text>
          </g>
        ))}
        <text x={(g.margin.left + g.width - g.margin.right) / 2} y={g.height - 4} text-anchor="middle" class="chart-axis-label">{xLabel}</text>
        <text transform={`translate(12 ${(g.margin.top + bottom) / 2}) rotate(-90)`} text-anchor="middle" class="chart-axis-label">{yLabel}</text>
      </svg>
      <details class="chart-data">
        <summary>{t('calc.chartTable')}</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={`${title}: ${t('calc.chartTable')}`}>
          <table>
            <thead>
              {props.table ? props.table.head : <tr><th scope="col">{xLabel}</th><th scope="col">{yLabel}</th></tr>}
            </thead>
            <tbody>
              {props.table
                ? props.table.rows
                : props.series.map((p, i) => (
                    <tr key={i}><td class="num">{props.formatX(p.x)}</td><td class="num">{props.formatY(p.y)}</td></tr>
                  ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
