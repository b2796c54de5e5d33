/** Where each calculator is explained in the playbook (its home section), per the outline. */
export const calculatorHome = {
  pricing: { chapter: '03-core-strategies', section: 'pricing-and-promotion', number: '3.2' },
  promotion: { chapter: '03-core-strategies', section: 'pricing-and-promotion', number: '3.2' },
  kpi: { chapter: '06-data-driven', section: 'kpis', number: '6.2' },
  incentive: { chapter: '07-team', section: 'incentives', number: '7.3' },
} as const;
