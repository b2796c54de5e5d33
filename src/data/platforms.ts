/**
 * The platform reference (`content/platforms.json`) and the calculators' starting rates
 * (`content/calculator-presets.json`), validated once at import and checked against each other, so the
 * reference page, the chapters and the calculators cannot quote different fees. The build fails otherwise.
 */
import raw from '../../content/platforms.json' with { type: 'json' };
import rawPresets from '../../content/calculator-presets.json' with { type: 'json' };
import { calculatorPresetsSchema, platformReferenceSchema, presetConflicts, type Platform, type PlatformId } from '../schemas/platforms';

function parsed<T>(file: string, result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('\n  ');
  throw new Error(`${file} is invalid:\n  ${issues}`);
}

export const platformReference = parsed('content/platforms.json', platformReferenceSchema.safeParse(raw));
export const calculatorPresets = parsed('content/calculator-presets.json', calculatorPresetsSchema.safeParse(rawPresets));
const conflicts = presetConflicts(platformReference, calculatorPresets);
if (conflicts.length > 0) throw new Error(`content/calculator-presets.json disagrees with content/platforms.json:\n  ${conflicts.join('\n  ')}`);

export const platforms = platformReference.platforms;
export const campaigns = platformReference.calendar;

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
