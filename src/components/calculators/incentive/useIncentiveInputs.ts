import { $assumptions } from '../../../stores/assumptions';
import { $incentiveCommission, $incentivePool } from '../../../stores/incentive';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { defaultCommissionForm, defaultPoolForm } from '../../../lib/calc/incentive/schema';
import type { Currency } from '../../../lib/money';
import { useStoredForm } from '../kit/useStoredForm';

/**
 * The commission plan the commission islands read (see `useStoredForm`) and the shared currency. Islands
 * subscribe only to what they show, so typing in the plan does not re-render the team table.
 */
export function useCommissionInputs() {
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const commission = useStoredForm($incentiveCommission, defaultCommissionForm);
  return {
    mounted: commission.mounted,
    currency: assumptions.value.currency,
    commission: commission.value,
    setCurrency: (currency: Currency) => assumptions.set({ currency }),
    setCommission: commission.set,
  };
}

/** The bonus pool and team, as `useCommissionInputs` does for the plan. */
export function usePoolInputs() {
  const assumptions = useStoredForm($assumptions, defaultAssumptions);
  const pool = useStoredForm($incentivePool, defaultPoolForm);
  return { mounted: pool.mounted, currency: assumptions.value.currency, pool: pool.value, setPool: pool.set };
}
