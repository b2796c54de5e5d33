import type { T } from '../../../i18n/translate';
import { calcKey } from '../../../i18n/translate';
import { keyFigures, stockScenario } from '../../../lib/calc/stock';
import type { StockState } from '../../../lib/calc/stock/schema';
import { stockFormat } from './format';

/** Months the trade calls by their festival ("双11"); any other month is named by its number. */
const FESTIVAL_MONTHS = [2, 3, 6, 11, 12];

/** The key figures of a saved stock state: those of its plan, all missing if the form is refused. */
export function stockFigures(s: StockState) {
  const r = stockScenario(s.stock);
  return keyFigures(r.ok ? r.result : ({} as never));
}

/** A saved stock plan's default name: the peak it is for and the order for it ("双11 · 订 560 件"). */
export function stockScenarioName(s: StockState, t: T, intl: string): string {
  const f = stockFormat(intl);
  const { season, peakMonth, peakMultiplier } = s.stock;
  const peak =
    season === 'own'
      ? t('stock.scenarioPeak.own', { multiplier: f.bound(peakMultiplier) })
      : FESTIVAL_MONTHS.includes(peakMonth)
        ? t(calcKey(`stock.scenarioPeak.${peakMonth}`))
        : t('stock.scenarioPeak.month', { month: t(calcKey(`stock.month.${peakMonth}`)) });
  const order = stockFigures(s).find((x) => x.id === 'peakOrder')?.value;
  return t('stock.scenarioName', { peak, order: order === null || order === undefined ? '—' : f.items(order) });
}
