import type { PoolForm } from '../../../lib/calc/incentive/schema';
import type { IncentiveError } from '../../../lib/calc/incentive';
import type { T } from '../../../i18n/translate';
import { calcKey } from '../../../i18n/translate';

/** The first four KPIs have default names (section 7.3's scorecard); the rest are numbered. */
const PRESET_KPIS = 4;

/** How tiers, KPIs and people are named on screen, in CSV and in the math: typed names win. */
export function incentiveNames(t: T, pool: Pick<PoolForm, 'kpis' | 'people'> = { kpis: [], people: [] }) {
  const tierName = (i: number) => t('incentive.tier.n', { n: i + 1 });
  const kpiName = (k: number) => pool.kpis[k]?.name || (k < PRESET_KPIS ? t(calcKey(`incentive.kpi.preset.${k}`)) : t('incentive.kpi.n', { n: k + 1 }));
  const personName = (i: number) => pool.people[i]?.name || t('incentive.person.n', { n: i + 1 });
  /** One validation error as a sentence naming the tier, KPI or person. */
  const errorText = (e: IncentiveError) =>
    t(`incentive.error.${e.code}`, {
      n: (e.index ?? 0) + 1,
      tier: tierName(e.index ?? 0),
      person: personName(e.index ?? 0),
      kpi: kpiName(e.kpi ?? e.index ?? 0),
    });
  /** A pasted column's key (`name`, `actual-0`, `target-0`, `points-0`, `grade`) as the reader knows it. */
  const columnLabel = (key: string) => {
    const [kind = '', k = '0'] = key.split('-');
    if (kind === 'name') return t('incentive.person.name');
    if (kind === 'grade') return t('incentive.person.grade');
    return `${kpiName(Number(k))} (${t(kind === 'target' ? 'incentive.person.targets' : 'incentive.person.actuals')})`;
  };
  return { tierName, kpiName, personName, errorText, columnLabel };
}
