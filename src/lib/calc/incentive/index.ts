/** The team incentive calculator's module: commission plans, cliffs and the bonus pool; every public function checks its input. */
import { figure, type KeyFigure } from '../shared/key-figures';
import type { CommissionResult, TeamCommissionResult } from './core';

export * from './core';

/**
 * What saved incentive scenarios are listed and compared by: the payout on the plan's sales and its effective
 * rate, and what the plan costs for the commission team, in money and as a share of their sales (lower is
 * cheaper for the company). Figures of a refused plan are missing.
 * @example keyFigures(tieredCommission(plan), teamCommission(plan, people)).map((f) => f.id) //=> ['payout', 'effectiveRate', 'teamPayout', 'teamCostRate']
 */
export function keyFigures(commission: CommissionResult, team: TeamCommissionResult): KeyFigure[] {
  const c = typeof commission === 'object' && commission !== null && commission.ok === true ? commission : undefined;
  const t = typeof team === 'object' && team !== null && team.ok === true ? team : undefined;
  return [
    figure('payout', 'money', c?.payout),
    figure('effectiveRate', 'rate', c?.effectiveRate),
    figure('teamPayout', 'money', t?.totalPayout, 'lower'),
    figure('teamCostRate', 'rate', t?.costRate, 'lower'),
  ];
}
