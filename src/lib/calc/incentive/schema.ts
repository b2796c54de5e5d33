/**
 * The incentive calculator's input, as stored, shared in a link and edited in the form. One schema serves
 * all three. It checks shapes and ranges; whether tiers rise is left to `incentive.ts`, which explains the
 * problem to the reader instead of silently dropping what they typed.
 */
import * as z from 'zod/mini';
import { currencySchema, moneySchema, rateSchema } from '../shared/schema';
import { MONEY_LIMIT } from '../shared/limits';
import { MAX_MEASURE, MIN_TARGET, commissionMethods } from './core';

/** Limits of the form (the module accepts more). */
export const FORM_MAX_TIERS = 8;
export const FORM_MAX_KPIS = 5;
export const FORM_MAX_PEOPLE = 50;

const name = z.string().check(z.maxLength(40));
const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const tierSchema = z.object({ from: moneySchema, rate: rateSchema });

/** A person of the commission team: a name (empty shows "Person n") and their sales for the period. */
export const sellerSchema = z.object({ name, sales: moneySchema });
export type SellerForm = z.infer<typeof sellerSchema>;

/** The example team: the section 7.3 plan paid on ¥150,000, ¥250,000 and ¥80,000 of sales. */
export const defaultSellers: SellerForm[] = [
  { name: '', sales: 15_000_000 },
  { name: '', sales: 25_000_000 },
  { name: '', sales: 8_000_000 },
];

export const commissionFormSchema = z.object({
  method: z.enum(commissionMethods),
  tiers: z.array(tierSchema).check(z.minLength(1), z.maxLength(FORM_MAX_TIERS)),
  sales: moneySchema,
  target: moneySchema,
  /** Share of target below which nothing is paid; `null` for no gate. */
  gate: z.nullable(rateSchema),
  cap: z.nullable(moneySchema),
  accelerator: z.nullable(z.object({ from: between(1, 10), multiplier: between(1, 10) })),
  /** The team paid by the same plan; stored forms and links from before the team table open with the example team. */
  people: z._default(z.array(sellerSchema).check(z.maxLength(FORM_MAX_PEOPLE)), () => defaultSellers.map((p) => ({ ...p }))),
});
export type CommissionForm = z.infer<typeof commissionFormSchema>;

/** KPI names are optional: an empty name shows the reader's language's default for that position. */
export const kpiSchema = z.object({ name, weight: rateSchema, cap: between(0, 10) });

export const memberSchema = z.object({
  name,
  actuals: z.array(between(-1e12, 1e12)).check(z.maxLength(FORM_MAX_KPIS)),
  targets: z.array(z.number().check(z.gte(MIN_TARGET), z.lte(MAX_MEASURE))).check(z.maxLength(FORM_MAX_KPIS)),
  grade: between(0, 10),
});
export type MemberForm = z.infer<typeof memberSchema>;

export const poolFormSchema = z
  .object({
    amount: moneySchema,
    /** Lowest weighted score that shares in the pool, decimal; 0 for none. */
    floor: between(0, 10),
    kpis: z.array(kpiSchema).check(z.minLength(1), z.maxLength(FORM_MAX_KPIS)),
    people: z.array(memberSchema).check(z.maxLength(FORM_MAX_PEOPLE)),
  })
  .check(
    z.refine((pool) => pool.people.every((p) => p.actuals.length === pool.kpis.length && p.targets.length === pool.kpis.length)),
  );
export type PoolForm = z.infer<typeof poolFormSchema>;

/** Everything a share link carries for the incentive calculator. */
export const incentiveStateSchema = z.object({
  currency: currencySchema,
  commission: commissionFormSchema,
  pool: poolFormSchema,
});
export type IncentiveState = z.infer<typeof incentiveStateSchema>;

/**
 * The example of section 7.3: 3 % up to ¥100,000, 5 % to ¥200,000, 8 % above; ¥250,000 of sales against a
 * ¥200,000 target, paid marginally.
 */
export const defaultCommissionForm: CommissionForm = {
  method: 'marginal',
  tiers: [
    { from: 0, rate: 0.03 },
    { from: 10_000_000, rate: 0.05 },
    { from: 20_000_000, rate: 0.08 },
  ],
  sales: 25_000_000,
  target: 20_000_000,
  gate: null,
  cap: null,
  accelerator: null,
  people: defaultSellers,
};

/** Turning a part on starts from the values section 7.3 uses. */
export const defaultGate = 0.8;
export const defaultCap = 3_000_000;
export const defaultAccelerator = { from: 1.2, multiplier: 1.25 };

const scorecardTargets = [100, 100, 100, 100];
/**
 * The ¥20,000 pool of section 7.3: sales 40 %, gross profit 30 %, satisfaction 20 %, improvement 10 %, each
 * capped at 120; scorecard points against a target of 100.
 */
export const defaultPoolForm: PoolForm = {
  amount: 2_000_000,
  floor: 0.6,
  kpis: [
    { name: '', weight: 0.4, cap: 1.2 },
    { name: '', weight: 0.3, cap: 1.2 },
    { name: '', weight: 0.2, cap: 1.2 },
    { name: '', weight: 0.1, cap: 1.2 },
  ],
  people: [
    { name: '', actuals: [110, 95, 85, 80], targets: scorecardTargets, grade: 1 },
    { name: '', actuals: [95, 90, 80, 100], targets: scorecardTargets, grade: 1 },
    { name: '', actuals: [85, 80, 95, 90], targets: scorecardTargets, grade: 1 },
  ],
};

/** The tier a reader adds to a commission plan: as wide as the last band (10 000 major units for the first), at the last rate. */
export function nextTier(tiers: CommissionForm['tiers']): CommissionForm['tiers'][number] {
  const last = tiers.at(-1) ?? { from: 0, rate: 0 };
  const prev = tiers.at(-2);
  const width = prev ? last.from - prev.from : 10_000_000;
  return { from: Math.min(last.from + Math.max(width, 100), MONEY_LIMIT), rate: last.rate };
}

/** The person a reader adds to the commission team: no name yet, no sales yet. */
export function newSeller(): SellerForm {
  return { name: '', sales: 0 };
}

/** The person a reader adds to the team: on target (100) for every KPI, grade 1. */
export function newMember(kpiCount: number): MemberForm {
  return { name: '', actuals: Array.from({ length: kpiCount }, () => 100), targets: Array.from({ length: kpiCount }, () => 100), grade: 1 };
}

/** The KPI a reader adds to the scorecard: no weight yet, capped at 120 %. */
export function newKpi(): PoolForm['kpis'][number] {
  return { name: '', weight: 0, cap: 1.2 };
}

/**
 * The pool with one more KPI on the scorecard: every person gets an on-target measure (100 of 100) for it.
 * @example withKpi(defaultPoolForm).people[0].actuals //=> [110, 95, 85, 80, 100]
 */
export function withKpi(pool: Pick<PoolForm, 'kpis' | 'people'>): Pick<PoolForm, 'kpis' | 'people'> {
  if (pool.kpis.length >= FORM_MAX_KPIS) return { kpis: pool.kpis, people: pool.people };
  return {
    kpis: [...pool.kpis, newKpi()],
    people: pool.people.map((m) => ({ ...m, actuals: [...m.actuals, 100], targets: [...m.targets, 100] })),
  };
}

/**
 * The pool without KPI `k`: its row on the scorecard and its actual and target in every person's row. The
 * last KPI stays (a scorecard needs one).
 * @example withoutKpi(defaultPoolForm, 1).people[0].actuals //=> [110, 85, 80]
 */
export function withoutKpi(pool: Pick<PoolForm, 'kpis' | 'people'>, k: number): Pick<PoolForm, 'kpis' | 'people'> {
  if (pool.kpis.length <= 1 || k < 0 || k >= pool.kpis.length) return { kpis: pool.kpis, people: pool.people };
  const keep = <T>(xs: readonly T[]) => xs.filter((_, j) => j !== k);
  return {
    kpis: keep(pool.kpis),
    people: pool.people.map((m) => ({ ...m, actuals: keep(m.actuals), targets: keep(m.targets) })),
  };
}
