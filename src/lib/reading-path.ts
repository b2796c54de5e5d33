/** Sections each role should read first, as `chapter-slug#section-id`. */
export const readingPaths = {
  operator: ['03-core-strategies#product', '03-core-strategies#pricing-and-promotion', '04-customer-experience#purchase-flow', '04-customer-experience#customer-service', '05-marketing#seo-and-ads', '06-data-driven#kpis'],
  planner: ['03-core-strategies#pricing-and-promotion', '05-marketing#seo-and-ads', '06-data-driven#kpis', '06-data-driven#forecasting-and-risk', '03-core-strategies#supply-chain'],
  lead: ['01-introduction#goals-and-structure', '06-data-driven#kpis', '07-team#roles-and-collaboration', '07-team#incentives', '08-outlook#outlook'],
} as const;
export type Role = keyof typeof readingPaths;
