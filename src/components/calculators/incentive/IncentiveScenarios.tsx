import { Scenarios, type ScenariosProps } from '../kit/Scenarios';
import { $assumptions } from '../../../stores/assumptions';
import { $incentiveCommission, $incentivePool } from '../../../stores/incentive';
import { keyFigures, teamCommission, tieredCommission } from '../../../lib/calc/incentive';
import { incentiveStateSchema, type IncentiveState } from '../../../lib/calc/incentive/schema';
import { formatMoney } from '../../../lib/money';

const figuresOf = (s: IncentiveState) => keyFigures(tieredCommission(s.commission), teamCommission(s.commission, s.commission.people));

/** The incentive calculator's saved scenarios: the commission plan, the pool and the currency, named by the method and the payout on the plan's sales. */
export default function IncentiveScenarios(props: ScenariosProps) {
  return (
    <Scenarios<IncentiveState> {...props} adapter={{
      calculator: 'incentive',
      param: 'incentive',
      schema: incentiveStateSchema,
      current: () => ({ currency: $assumptions.get().currency, commission: $incentiveCommission.get(), pool: $incentivePool.get() }),
      apply: (s) => {
        $assumptions.set({ ...$assumptions.get(), currency: s.currency });
        $incentiveCommission.set(s.commission);
        $incentivePool.set(s.pool);
      },
      figures: figuresOf,
      currency: (s) => s.currency,
      name: (s, t, intl) => {
        const [payout] = figuresOf(s).map((x) => x.value);
        const money = (minor: number) => formatMoney(minor, s.currency, intl);
        return t('incentive.scenarioName', { method: t(`incentive.scenarioName.${s.commission.method}`), payout: payout === null || payout === undefined ? '—' : money(payout), sales: money(s.commission.sales) });
      },
    }} />
  );
}
