import type { Translate } from '../i18n/translate';
import { calcKey } from '../i18n/translate';
/**
 * How a sales channel is named on screen, in CSV and in the math: the name the planner typed, else the
 * platform the example row stands for in the reader's language, else "Channel N". Default rows carry no
 * name, so the Chinese page says 天猫 where the English page says Tmall.
 */
export const PRESET_CHANNELS = 4;

/**
 * @example channelName((k) => ({ 'calc.channel.0': 'Tmall' })[k] ?? k, '', 0) //=> 'Tmall'
 * @example channelName(t, 'Own shop', 0) //=> 'Own shop'
 */
export function channelName(t: Translate, name: string, index: number): string {
  if (name.trim()) return name;
  return index < PRESET_CHANNELS ? t(calcKey(`calc.channel.${index}`)) : t('calc.channel.n', { n: index + 1 });
}
