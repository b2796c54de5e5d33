import { depositCounted, type Mechanism } from './core';
import { valueOr } from '../shared/input-error';
import type { Translate } from '../../../i18n/translate';

/** The translator and the formats an offer is written with (the islands' and the CSV's). */
export interface DescribeFormat {
  /** ¥300 rather than ¥300.00. */
  short: (minor: number) => string;
  pct: (rate: number) => string;
  times: (x: number) => string;
}

/** An offer in the words a shop would print: "满¥300减¥50", "Buy 2 get 1 free". */
export function describeMechanism(m: Mechanism, t: Translate, f: DescribeFormat): string {
  const spend = (threshold: number, off: number) => t('promotion.describe.threshold', { threshold: f.short(threshold), off: f.short(off) });
  switch (m.kind) {
    case 'percent':
      return t('promotion.describe.percent', { rate: f.pct(m.rate), zhe: f.times((1 - m.rate) * 10) });
    case 'threshold':
      return spend(m.threshold, m.off);
    case 'perMultiple':
      return t(m.cap > 0 ? 'promotion.describe.perMultipleCap' : 'promotion.describe.perMultiple', { threshold: f.short(m.threshold), off: f.short(m.off), cap: f.short(m.cap) });
    case 'tiered':
      return m.tiers.map((tier) => spend(tier.threshold, tier.off)).join(' / ');
    case 'stacked':
      return m.coupons
        .map((c) => (c.type === 'percent' ? t('promotion.describe.percent', { rate: f.pct(c.rate), zhe: f.times((1 - c.rate) * 10) })
          : c.minSpend > 0 ? spend(c.minSpend, c.off) : t('promotion.describe.fixed', { off: f.short(c.off) })))
        .join(' → ');
    case 'buyNGetM':
      return t('promotion.describe.buyNGetM', { buy: m.buy, free: m.free });
    case 'nthItem':
      return t('promotion.describe.nthItem', { nth: m.nth, rate: f.pct(m.rate) });
    case 'flashSale':
      return t('promotion.describe.flashSale', { price: f.short(m.flashPrice) });
    case 'deposit':
      return t('promotion.describe.deposit', { deposit: f.short(m.deposit), counted: f.short(valueOr(depositCounted(m.deposit, m.multiplier), m.deposit)) });
  }
}
