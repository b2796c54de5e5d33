import { useStore } from '@nanostores/preact';
import { $assumptions } from '../../../stores/assumptions';
import { $incentiveCommission, $incentivePool } from '../../../stores/incentive';
import { defaultAssumptions } from '../../../lib/calc/shared/defaults';
import { defaultCommissionForm, defaultPoolForm, type CommissionForm, type PoolForm } from '../../../lib/calc/incentive/schema';
import type { Currency } from '../../../lib/money';
import { useMounted } from '../kit/useMounted';

/** The currency shared by all calculators: the example's while hydrating, the stored one once mounted. */
function useCurrency(mounted: boolean): Currency {
  const assumptions = useStore($assumptions);
  return mounted ? assumptions.currency : defaultAssumptions.currency;
}

/**
 * The commission plan the commission islands read: the example while hydrating, the stored plan once mounted.
 * Islands subscribe only to what they show, so typing in the plan does not re-render the team table.
 */
export function useCommissionInputs() {
  const mounted = useMounted();
  const currency = useCurrency(mounted);
  const commission = useStore($incentiveCommission);
  return {
    mounted,
    currency,
    commission: mounted ? commission : defaultCommissionForm,
    setCurrency: (code: Currency) => $assumptions.set({ ...$assumptions.get(), currency: code }),
    setCommission: (patch: Partial<CommissionForm>) => $incentiveCommission.set({ ...$incentiveCommission.get(), ...patch }),
  };
}

/** The bonus pool and team, as `useCommissionInputs` does for the plan. */
export function usePoolInputs() {
  const mounted = useMounted();
  const currency = useCurrency(mounted);
  const pool = useStore($incentivePool);
  return {
    mounted,
    currency,
    pool: mounted ? pool : defaultPoolForm,
    setPool: (patch: Partial<PoolForm>) => $incentivePool.set({ ...$incentivePool.get(), ...patch }),
  };
}
