/**
 * The platform reference (`content/platforms.json`), validated once at import. Pages, chapter notes and the
 * calculators read it from here, so the text and the calculators cannot quote different fees.
 *
 * Safe to import from islands (the schema uses `zod/mini`), but the whole file then ships to the browser:
 * prefer passing `calculatorDefaults` to an island as props from the server-rendered component.
 */
import raw from '../../content/platforms.json';
import { platformReferenceSchema, type Platform, type PlatformId } from '../schemas/platforms';

function load() {
  const parsed = platformReferenceSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`content/platforms.json is invalid:\n  ${issues}`);
  }
  return parsed.data;
}

export const platformReference = load();
export const platforms = platformReference.platforms;
export const campaigns = platformReference.calendar;
export const calculatorPresets = platformReference.calculatorPresets;

/** One platform's entry. The schema guarantees each id appears exactly once. */
export function platform(id: PlatformId): Platform {
  return platforms.find((p) => p.id === id)!;
}

/** A channel preset for the pricing calculator: the platform and its planning rates. */
export interface ChannelPreset {
  platform: PlatformId;
  commission: number;
  paymentFee: number;
}

const tmall = platform('tmall');

/**
 * What the calculators start from. The default example is a Tmall store, so its payment fee is Alipay's
 * sourced rate; `channels` holds one preset per platform for channel rows.
 * @example calculatorDefaults.paymentFeeRate //=> 0.006
 */
export const calculatorDefaults = {
  /** Payment fee of the default (Tmall) example, as a decimal. */
  paymentFeeRate: calculatorPresets[tmall.id].paymentFeeRate,
  /** Commission of the default (Tmall) example: a planning assumption, labelled as such on the reference page. */
  commissionRate: calculatorPresets[tmall.id].commissionRate,
  /** One preset per platform, in the reference's order. */
  channels: platforms.map(
    (p): ChannelPreset => ({ platform: p.id, commission: calculatorPresets[p.id].commissionRate, paymentFee: calculatorPresets[p.id].paymentFeeRate }),
  ),
} as const;

/** Sections of the reference page, in order; each is an anchor `<PlatformRef topic>` can link to. */
export const platformTopics = ['commission', 'payment-fee', 'deposit', 'settlement', 'returns', 'ads', 'calendar', 'calculator'] as const;
export type PlatformTopic = (typeof platformTopics)[number];

export function isPlatformTopic(value: string): value is PlatformTopic {
  return (platformTopics as readonly string[]).includes(value);
}
