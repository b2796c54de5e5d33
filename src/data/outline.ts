/** The playbook's fixed structure: chapter slugs and section ids, the same in every locale. */
export const outline = [
  { slug: '01-introduction', sections: ['internet-era', 'why-operations-matter', 'goals-and-structure'] },
  { slug: '02-market-analysis', sections: ['global-market', 'target-market', 'competitors', 'future-trends'] },
  { slug: '03-core-strategies', sections: ['product', 'pricing-and-promotion', 'channels', 'supply-chain'] },
  { slug: '04-customer-experience', sections: ['interface-design', 'purchase-flow', 'customer-service', 'feedback-loop'] },
  { slug: '05-marketing', sections: ['content-marketing', 'social-media', 'seo-and-ads', 'partnerships'] },
  { slug: '06-data-driven', sections: ['why-data', 'kpis', 'marketing-optimisation', 'forecasting-and-risk'] },
  { slug: '07-team', sections: ['building-the-team', 'roles-and-collaboration', 'incentives', 'culture'] },
  { slug: '08-outlook', sections: ['summary', 'challenges-and-opportunities', 'outlook'] },
] as const;
