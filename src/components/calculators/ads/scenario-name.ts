import type { T } from '../../../i18n/translate';
import { adsPlan, keyFigures } from '../../../lib/calc/ads';
import type { AdsState } from '../../../lib/calc/ads/schema';
import { adsFormat } from './format';

/** The key figures of a saved paid-traffic state: those of its plan, all missing if the form is refused. */
export function adsFigures(s: AdsState) {
  const r = adsPlan(s.ads);
  return keyFigures(r.ok ? r : ({} as never));
}

/** A saved paid-traffic plan's default name: its ROAS target and contribution margin before ads ("ROAS 3.6 · 毛利 40%"). */
export function adsScenarioName(s: AdsState, t: T, intl: string): string {
  const f = adsFormat(intl, s.currency);
  const margin = s.ads.contributionMarginBeforeAds;
  // As few decimals as the margin has (40%, 37.5%): a name, not a figure.
  return t('ads.scenarioName', { roas: f.ratio(s.ads.targetRoas), margin: f.pct(margin, Number.isInteger(Math.round(margin * 1e6) / 1e4) ? 0 : 1) });
}
