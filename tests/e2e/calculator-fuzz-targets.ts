import { calculatorRegistry, type CalculatorName } from '../../src/calculators';
import { defaultAssumptions } from '../../src/lib/calc/shared/defaults';
import { defaultPricingForm } from '../../src/lib/calc/pricing/schema';
import { defaultPromotionState } from '../../src/lib/calc/promotion/schema';
import { defaultKpiForm } from '../../src/lib/calc/kpi/schema';
import { defaultCommissionForm, defaultPoolForm } from '../../src/lib/calc/incentive/schema';
import { defaultLtvForm } from '../../src/lib/calc/ltv/schema';
import { defaultAdsForm } from '../../src/lib/calc/ads/schema';
import { defaultStockForm } from '../../src/lib/calc/stock/schema';

/** A valid shared state of each calculator (what its share link carries), to mutate, and a seed per calculator. */
const states: Record<CalculatorName, { valid: unknown; seed: number }> = {
  pricing: { valid: { assumptions: defaultAssumptions, pricing: defaultPricingForm }, seed: 101 },
  promotion: { valid: defaultPromotionState, seed: 202 },
  kpi: { valid: { currency: 'CNY', kpi: defaultKpiForm }, seed: 303 },
  incentive: { valid: { currency: 'CNY', commission: defaultCommissionForm, pool: defaultPoolForm }, seed: 404 },
  // The cohort source, so the fuzz reaches the cohort table's fields too.
  ltv: { valid: { currency: 'CNY', ltv: { ...defaultLtvForm, source: 'cohort' } }, seed: 505 },
  ads: { valid: { currency: 'CNY', ads: defaultAdsForm }, seed: 505 },
  stock: { valid: { stock: defaultStockForm }, seed: 606 },
};

/** Each calculator's page, share parameter and storage keys (from the registry), and a valid state to mutate. */
export const calculators = Object.values(calculatorRegistry).map((c) => ({
  name: c.name,
  path: `/en/calculators/${c.name}/`,
  param: c.param,
  storageKeys: c.storageKeys,
  ...states[c.name],
}));
