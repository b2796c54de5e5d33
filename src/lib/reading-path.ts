/** Sections each role should read first, as `chapter-slug#section-id`. */
export const readingPaths = {
  operator: ['03-core-strategies#product', '03-core-strategies#pricing-and-promotion', '04-customer-experience#purchase-flow', '04-customer-experience#customer-service', '05-marketing#seo-and-ads', '06-data-driven#kpis'],
  planner: ['03-core-strategies#pricing-and-promotion', '05-marketing#seo-and-ads', '06-data-driven#kpis', '06-data-driven#forecasting-and-risk', '03-core-strategies#supply-chain'],
  lead: ['01-introduction#goals-and-structure', '06-data-driven#kpis', '07-team#roles-and-collaboration', '07-team#incentives', '08-outlook#outlook'],
} as const;
export type Role = keyof typeof readingPaths;

export const roles = Object.keys(readingPaths) as Role[];

/** Whether a value (an address parameter, a stored string) names a role path. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as string[]).includes(value);
}

/**
 * Where a section (`chapter-slug#section-id`) sits in a role's path: its 1-based step, the number of steps
 * and the next section, if any; undefined when the path does not include it.
 * @example pathPosition('operator', '03-core-strategies#product') //=> { step: 1, total: 6, next: '03-core-strategies#pricing-and-promotion' }
 */
export function pathPosition(role: Role, key: string): { step: number; total: number; next: string | undefined } | undefined {
  const steps: readonly string[] = readingPaths[role];
  const index = steps.indexOf(key);
  if (index < 0) return undefined;
  return { step: index + 1, total: steps.length, next: steps[index + 1] };
}
