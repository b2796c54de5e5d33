import { describe, expect, it } from 'vitest';
import { channelName } from '../../src/lib/channel-name';
import { useTranslations } from '../../src/i18n/t';

describe('channelName', () => {
  const en = useTranslations('en') as (key: string, params?: Record<string, string | number>) => string;
  const zh = useTranslations('zh-cn') as (key: string, params?: Record<string, string | number>) => string;
  it('names unnamed example rows after their platform in the reader’s language', () => {
    expect([0, 1, 2, 3].map((i) => channelName(en, '', i))).toEqual(['Tmall', 'JD', 'Douyin', 'Mini program']);
    expect([0, 1, 2, 3].map((i) => channelName(zh, '', i))).toEqual(['天猫', '京东', '抖音', '小程序']);
  });
  it('numbers further unnamed rows and keeps typed names', () => {
    expect(channelName(en, ' ', 4)).toBe('Channel 5');
    expect(channelName(zh, '', 5)).toBe('渠道 6');
    expect(channelName(zh, 'Own shop', 0)).toBe('Own shop');
  });
});
