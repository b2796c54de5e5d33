import { compactActuals } from '../../../lib/calc/kpi';
import type { KpiForm } from '../../../lib/calc/kpi/schema';
import { encodeState, shareUrl } from '../../../lib/share-state';
import type { Currency } from '../../../lib/money';
import { valueOr } from '../../../lib/calc/shared/input-error';

/** Share links are refused above 8 000 characters; leave room for the rest of the address. */
const LINK_BUDGET = 7_500;

/**
 * The share link for the KPI plan. A long daily table of actuals is merged into one row a month, which keeps
 * the pace at the latest day and the cumulative totals at month ends, so the link still opens.
 */
export function kpiShareUrl(href: string, currency: Currency, kpi: KpiForm): string {
  let state = { currency, kpi };
  if (encodeState(state).length > LINK_BUDGET) {
    const actuals = valueOr(compactActuals(kpi.pacing.actuals, kpi.plan.year), kpi.pacing.actuals).map(([d, a]): [number, number] => [d, a]);
    state = { currency, kpi: { ...kpi, pacing: { ...kpi.pacing, actuals } } };
  }
  return shareUrl(href, 'kpi', state);
}
