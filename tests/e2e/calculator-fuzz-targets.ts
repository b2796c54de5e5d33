import { defaultPricingForm } from '../../src/lib/calc/pricing/schema';
import { defaultAssumptions } from '../../src/lib/calc/shared/defaults';
import { defaultPromotionState } from '../../src/lib/calc/promotion/schema';
import { defaultKpiForm } from '../../src/lib/calc/kpi/schema';
import { defaultCommissionForm, defaultPoolForm } from '../../src/lib/calc/incentive/schema';

/** Each calculator's page, share parameter, storage keys and a valid state to mutate. */
export const calculators = [
  {
    name: 'pricing',
    path: '/en/calculators/pricing/',
    param: 'pricing',
    storageKeys: ['playbook:assumptions', 'playbook:pricing'],
    valid: { assumptions: defaultAssumptions, pricing: defaultPricingForm },
    seed: 101,
  },
  {
    name: 'promotion',
    path: '/en/calculators/promotion/',
    param: 'promotion',
    storageKeys: ['playbook:assumptions', 'playbook:promotion'],
    valid: defaultPromotionState,
    seed: 202,
  },
  {
    name: 'kpi',
    path: '/en/calculators/kpi/',
    param: 'kpi',
    storageKeys: ['playbook:kpi'],
    valid: { currency: 'CNY', kpi: defaultKpiForm },
    seed: 303,
  },
  {
    name: 'incentive',
    path: '/en/calculators/incentive/',
    param: 'incentive',
    storageKeys: ['playbook:incentive:commission', 'playbook:incentive:pool'],
    valid: { currency: 'CNY', commission: defaultCommissionForm, pool: defaultPoolForm },
    seed: 404,
  },
];
