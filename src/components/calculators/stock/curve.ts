import type { StockScenario } from '../../../lib/calc/stock';
import { MAX_UNITS } from '../../../lib/calc/stock/schema';

/**
 * The order quantities the risk chart (and the CSV's risk table) spans: three standard deviations either
 * side of the calculated and the planned order, so both show and the curve runs from near 100 % to near 0 %.
 */
export function curveRange(s: StockScenario): { from: number; to: number } {
  const { result: r, input } = s;
  const spread = r.peak.sd > 0 ? 3 * r.peak.sd : Math.max(10, r.peak.expectedDemand * 0.2);
  const low = Math.min(input.plannedQuantity, r.peak.orderQuantity ?? input.plannedQuantity);
  const high = Math.max(input.plannedQuantity, r.peak.orderQuantity ?? input.plannedQuantity);
  const from = Math.max(0, Math.floor(low - spread));
  const to = Math.min(MAX_UNITS, Math.max(from + 10, Math.ceil(high + spread)));
  return { from: Math.min(from, to - 1), to };
}
