import { lineChart } from '../../../lib/chart';
import { plannedAtDay } from '../../../lib/calc/kpi';
import { makeT, type Strings } from '../kit/strings';
import { useKpiInputs } from './useKpiInputs';
import { kpiFormat } from './format';
import { valueOr } from '../../../lib/calc/shared/input-error';

const ID = 'kpi-chart';

/**
 * Planned cumulative GMV against actual, on one scale: the plan is dashed and the actual solid with dots, and
 * a table holds the numbers, so nothing depends on colour.
 */
export default function KpiChart({ intl, strings }: { intl: string; strings: Strings }) {
  const t = makeT(strings);
  const { form, currency, scenario: s } = useKpiInputs();
  const f = kpiFormat(intl, currency, t);
  const year = form.plan.year;
  const start = s.scopeRange.start;
  const dayLabel = (x: number) => f.shortDate(year, start + Math.max(0, Math.round(x) - 1));
  const g = lineChart({
    width: 640,
    height: 300,
    series: s.planned,
    otherSeries: [s.actual],
    formatX: dayLabel,
    formatY: f.compactMoney,
    includeY: [0, s.scopeTarget],
  });
  const actualPath = g.otherPaths[0] ?? '';
  // The actual series starts at day 0 with nothing; dots mark the days that have a figure.
  const dots = (g.otherPoints[0] ?? []).slice(1);
  const actualAt = new Map(s.actual.map((p) => [p.x, p.y]));
  const xs = [...new Set([...s.planned.map((p) => p.x), ...s.actual.map((p) => p.x)])].filter((x) => x > 0).sort((a, b) => a - b);
  const bottom = g.height - g.margin.bottom;
  const yLabel = `${t('kpi.chart.y')} (${currency})`;

  return (
    <figure class="chart kpi-chart" aria-labelledby={`${ID}-title`} data-calculator-island="kpi-chart">
      <figcaption id={`${ID}-title`}>{t('kpi.chart.title')}</figcaption>
      <ul class="kpi-legend">
        <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="kpi-chart-plan" /></svg>{t('kpi.chart.planned')}</li>
        <li><svg viewBox="0 0 32 8" class="kpi-legend-swatch" aria-hidden="true"><line x1="0" x2="32" y1="4" y2="4" class="chart-line" /><circle cx="16" cy="4" r="3" class="chart-marker" /></svg>{t('kpi.chart.actual')}</li>
      </ul>
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-labelledby={`${ID}-title`} class="chart-svg">
        {g.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={g.margin.left} x2={g.width - g.margin.right} y1={tick.position} y2={tick.position} class="chart-grid" />
            <text x={g.margin.left - 6} y={tick.position} dy="0.32em" text-anchor="end" class="chart-tick">{tick.label}</text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text key={`x${tick.value}`} x={tick.position} y={bottom + 16} text-anchor="middle" class="chart-tick">{tick.label}</text>
        ))}
        <path d={g.path} class="kpi-chart-plan" fill="none" data-series="planned" />
        {actualPath && <path d={actualPath} class="chart-line" fill="none" data-series="actual" />}
        {dots.map((dot, i) => <circle key={i} cx={dot.x} cy={dot.y} r={3.5} class="chart-marker" />)}
        <text x={(g.margin.left + g.width - g.margin.right) / 2} y={g.height - 4} text-anchor="middle" class="chart-axis-label">{t('kpi.chart.x')}</text>
        <text transform={`translate(12 ${(g.margin.top + bottom) / 2}) rotate(-90)`} text-anchor="middle" class="chart-axis-label">{yLabel}</text>
      </svg>
      <details class="chart-data">
        <summary>{t('calc.chartTable')}</summary>
        <div class="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('kpi.chart.x')}</th>
                <th scope="col" class="num">{t('kpi.chart.planned')}</th>
                <th scope="col" class="num">{t('kpi.chart.actual')}</th>
              </tr>
            </thead>
            <tbody>
              {xs.map((x) => (
                <tr key={x}>
                  <th scope="row">{f.date(year, start + x - 1)}</th>
                  <td class="num">{f.money(valueOr(plannedAtDay(s.planned, x), 0))}</td>
                  <td class="num">{actualAt.has(x) ? f.money(actualAt.get(x)!) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
