import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, shareUrl, shareUrlFits, withoutParam } from '../../src/lib/share-state';
import { decodeJson } from '../../src/lib/codec';
import { defaultPricingForm, pricingStateSchema } from '../../src/lib/calc/pricing/schema';
import { defaultAssumptions } from '../../src/lib/calc/shared/defaults';
import { assumptionsSchema } from '../../src/lib/calc/shared/schema';

const valid = { assumptions: defaultAssumptions, pricing: defaultPricingForm };
const param = (state: unknown) => `?pricing=${encodeState(state)}`;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('share links', () => {
  it('round-trip the whole state', () => {
    expect(decodeState(pricingStateSchema, param(valid), 'pricing')).toEqual({ status: 'ok', value: valid });
  });
  it('keep other parameters and the hash', () => {
    const url = shareUrl('https://x.test/en/03-core-strategies/?a=1#pricing-and-promotion', 'pricing', valid);
    expect(url).toMatch(/^https:\/\/x\.test\/en\/03-core-strategies\/\?a=1&pricing=[\w-]+#pricing-and-promotion$/);
    expect(decodeState(pricingStateSchema, new URL(url).search, 'pricing').status).toBe('ok');
  });
  it('report an absent state', () => {
    expect(decodeState(pricingStateSchema, '?other=1', 'pricing')).toEqual({ status: 'absent' });
  });
  it('round-trip any valid state (property)', () => {
    const money = fc.integer({ min: 0, max: 100_000_000_000 });
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(money, money, rate, fc.boolean(), fc.constantFrom('CNY' as const, 'USD' as const, 'EUR' as const), (cost, price, vat, inc, currency) => {
        const state = { assumptions: { ...defaultAssumptions, unitCost: cost, price: price, vatRate: vat, pricesIncludeVat: inc, currency }, pricing: defaultPricingForm };
        expect(decodeState(pricingStateSchema, param(state), 'pricing')).toEqual({ status: 'ok', value: state });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('links and storage from before the entered price was named `price`', () => {
  const rest: Record<string, unknown> = { ...defaultAssumptions };
  delete rest.price;
  const older = { ...rest, sellingPrice: 12345 };
  it('an old share link (`sellingPrice`) still opens with its price', () => {
    const link = param({ assumptions: older, pricing: { ...defaultPricingForm, mode: 'price' } });
    expect(decodeState(pricingStateSchema, link, 'pricing')).toEqual({
      status: 'ok',
      value: { assumptions: { ...defaultAssumptions, price: 12345 }, pricing: { ...defaultPricingForm, mode: 'price' } },
    });
  });
  it('old stored assumptions still load with their price', () => {
    expect(decodeJson(assumptionsSchema, JSON.stringify(older), defaultAssumptions)).toEqual({ ...defaultAssumptions, price: 12345 });
  });
  it('`price` wins over `sellingPrice`, and an old key out of range is still refused', () => {
    expect(decodeJson(assumptionsSchema, JSON.stringify({ ...older, price: 500 }), defaultAssumptions)).toEqual({ ...defaultAssumptions, price: 500 });
    expect(decodeJson(assumptionsSchema, JSON.stringify({ ...rest, sellingPrice: -1 }), defaultAssumptions)).toBe(defaultAssumptions);
    expect(decodeJson(assumptionsSchema, JSON.stringify(rest), defaultAssumptions)).toBe(defaultAssumptions);
  });
});

describe('hostile share links are rejected, never thrown', () => {
  const withAssumptions = (patch: object) => param({ ...valid, assumptions: { ...defaultAssumptions, ...patch } });
  const hostile: [string, string][] = [
    ['script tag raw', '?pricing=<script>alert(1)</script>'],
    ['script tag encoded', '?pricing=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['javascript url', '?pricing=javascript:alert(1)'],
    ['empty', '?pricing='],
    ['not base64', '?pricing=!!!!'],
    ['base64 of garbage', `?pricing=${b64('not json')}`],
    ['base64 of script', `?pricing=${b64('<script>alert(1)</script>')}`],
    ['truncated', param(valid).slice(0, 40)],
    ['truncated by one', param(valid).slice(0, -1)],
    ['invalid utf-8', `?pricing=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`],
    ['json null', `?pricing=${b64('null')}`],
    ['json number', `?pricing=${b64('42')}`],
    ['json array', `?pricing=${b64('[]')}`],
    ['empty object', `?pricing=${b64('{}')}`],
    ['__proto__ only', `?pricing=${b64('{"__proto__":{"polluted":true}}')}`],
    ['__proto__ in assumptions', `?pricing=${b64('{"assumptions":{"__proto__":{"x":1}},"pricing":{}}')}`],
    ['constructor prototype', `?pricing=${b64('{"constructor":{"prototype":{"x":1}}}')}`],
    ['huge number', withAssumptions({ unitCost: 1e309 })],
    ['huge number as text', `?pricing=${b64(JSON.stringify(valid).replace('"unitCost":5000', '"unitCost":1e309'))}`],
    ['above the money limit', withAssumptions({ unitCost: 100_000_000_001 })],
    ['negative cost', withAssumptions({ unitCost: -1 })],
    ['fractional minor units', withAssumptions({ unitCost: 1.5 })],
    ['cost as string', withAssumptions({ unitCost: '50' })],
    ['cost as script', withAssumptions({ unitCost: '<script>' })],
    ['vat above 100 %', withAssumptions({ vatRate: 1.5 })],
    ['negative vat', withAssumptions({ vatRate: -0.1 })],
    ['unknown currency', withAssumptions({ currency: 'BTC' })],
    ['currency with markup', withAssumptions({ currency: '<img src=x onerror=alert(1)>' })],
    ['boolean as string', withAssumptions({ pricesIncludeVat: 'yes' })],
    ['fees not a list', withAssumptions({ fees: 'all' })],
    ['too many fees', withAssumptions({ fees: Array(4).fill({ label: 'other', rate: 0, base: 'gross' }) })],
    ['unknown fee kind', withAssumptions({ fees: [{ label: '<b>x</b>', rate: 0.1, base: 'gross' }] })],
    ['fee rate above 1', withAssumptions({ fees: [{ label: 'commission', rate: 2, base: 'gross' }] })],
    ['unknown fee base', withAssumptions({ fees: [{ label: 'commission', rate: 0.1, base: 'tax' }] })],
    ['target margin 100 %', param({ ...valid, pricing: { ...defaultPricingForm, targetMargin: 1 } })],
    ['unknown mode', param({ ...valid, pricing: { ...defaultPricingForm, mode: 'eval' } })],
    ['unknown ending', param({ ...valid, pricing: { ...defaultPricingForm, ending: '.999' } })],
    ['too many channels', param({ ...valid, pricing: { ...defaultPricingForm, channels: Array(9).fill(defaultPricingForm.channels[0]) } })],
    ['channel name too long', param({ ...valid, pricing: { ...defaultPricingForm, channels: [{ ...defaultPricingForm.channels[0], name: 'x'.repeat(41) }] } })],
    ['missing pricing', `?pricing=${b64(JSON.stringify({ assumptions: defaultAssumptions }))}`],
    ['too long', `?pricing=${'A'.repeat(9000)}`],
    ['NaN literal', `?pricing=${b64(JSON.stringify(valid).replace('"vatRate":0', '"vatRate":NaN'))}`],
    ['Infinity literal', `?pricing=${b64(JSON.stringify(valid).replace('"vatRate":0', '"vatRate":Infinity'))}`],
    ['nested depth bomb', `?pricing=${b64('['.repeat(5000) + ']'.repeat(5000))}`],
    ['percent-encoding garbage', '?pricing=%E0%A4%A'],
    ['plus and slash base64', '?pricing=ab+/cd=='],
    ['unicode lookalike', `?pricing=${b64(JSON.stringify(valid).replace('"CNY"', '"ＣＮＹ"'))}`],
    ['numbers as objects', withAssumptions({ unitCost: { valueOf: 1 } })],
    ['null cost', withAssumptions({ unitCost: null })],
    ['array as state', `?pricing=${b64(JSON.stringify([valid]))}`],
  ];
  for (const [name, search] of hostile) {
    it(`rejects ${name}`, () => {
      let decoded: unknown;
      expect(() => (decoded = decodeState(pricingStateSchema, search, 'pricing'))).not.toThrow();
      expect(decoded).toEqual({ status: 'rejected' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('has at least 50 hostile cases', () => expect(hostile.length).toBeGreaterThanOrEqual(50));
  it('strips unknown keys from an otherwise valid state', () => {
    const extra = `?pricing=${b64(JSON.stringify({ ...valid, evil: '<script>', assumptions: { ...defaultAssumptions, onload: 'x' } }))}`;
    const decoded = decodeState(pricingStateSchema, extra, 'pricing');
    expect(decoded).toEqual({ status: 'ok', value: valid });
  });
});

describe('stored state', () => {
  it('falls back to the defaults for corrupted or foreign data', () => {
    for (const raw of [undefined, '', 'not json', '{}', '[]', '{"currency":"XXX"}', JSON.stringify({ ...defaultAssumptions, unitCost: -1 })]) {
      expect(decodeJson(assumptionsSchema, raw, defaultAssumptions)).toBe(defaultAssumptions);
    }
    expect(decodeJson(assumptionsSchema, JSON.stringify(defaultAssumptions), defaultAssumptions)).toEqual(defaultAssumptions);
  });
});

describe('shareUrlFits', () => {
  it('accepts links the decoder can read back and refuses longer ones', () => {
    expect(shareUrlFits(shareUrl('https://x.test/en/calculators/pricing/', 'pricing', valid))).toBe(true);
    const huge = { ...valid, padding: 'x'.repeat(9_000) };
    expect(shareUrlFits(shareUrl('https://x.test/', 'pricing', huge))).toBe(false);
    expect(shareUrlFits('not a url')).toBe(false);
  });
});

describe('leaving a shared view', () => {
  it('drops only the calculator’s parameter and keeps the rest of the address', () => {
    expect(withoutParam('https://x.test/p/?pricing=abc&x=1#top', 'pricing')).toBe('https://x.test/p/?x=1#top');
    expect(withoutParam('https://x.test/p/?pricing=abc', 'pricing')).toBe('https://x.test/p/');
    expect(withoutParam('https://x.test/p/?kpi=abc', 'pricing')).toBe('https://x.test/p/?kpi=abc');
  });
  it('returns an address it cannot read unchanged', () => {
    expect(withoutParam('not a url', 'pricing')).toBe('not a url');
  });
});
