/**
 * What trainees type, and the section each query must find among the first eight results. Both lists cover
 * every chapter; the Chinese list includes compounds (需求预测, 盈亏平衡增量) that the index splits into words.
 */
export interface SearchCase {
  query: string;
  /** The end of the result's URL: `/<locale>/<chapter>/#<section>`. */
  expect: string;
}

const en = (query: string, chapter: string, section: string): SearchCase => ({ query, expect: `/en/${chapter}/#${section}` });
const zh = (query: string, chapter: string, section: string): SearchCase => ({ query, expect: `/zh-cn/${chapter}/#${section}` });

export const queries: Record<'en' | 'zh-cn', SearchCase[]> = {
  en: [
    en('private traffic', '01-introduction', 'internet-era'),
    en('market size', '02-market-analysis', 'global-market'),
    en('segmentation', '02-market-analysis', 'target-market'),
    en('competitor price', '02-market-analysis', 'competitors'),
    en('AI', '08-outlook', 'outlook'),
    en('product selection', '03-core-strategies', 'product'),
    en('break-even uplift', '03-core-strategies', 'pricing-and-promotion'),
    en('mini program', '03-core-strategies', 'channels'),
    en('safety stock', '03-core-strategies', 'supply-chain'),
    en('product detail page', '04-customer-experience', 'interface-design'),
    en('checkout', '04-customer-experience', 'purchase-flow'),
    en('first response time', '04-customer-experience', 'customer-service'),
    en('customer feedback', '04-customer-experience', 'feedback-loop'),
    en('content calendar', '05-marketing', 'content-marketing'),
    en('Xiaohongshu', '05-marketing', 'social-media'),
    en('break-even ROAS', '05-marketing', 'seo-and-ads'),
    en('affiliate commission', '05-marketing', 'partnerships'),
    en('seasonal weights', '06-data-driven', 'kpis'),
    en('sample size', '06-data-driven', 'marketing-optimisation'),
    en('demand forecast', '06-data-driven', 'forecasting-and-risk'),
    en('hiring', '07-team', 'building-the-team'),
    en('weekly meeting', '07-team', 'roles-and-collaboration'),
    en('quick deduction', '07-team', 'incentives'),
    en('team culture', '07-team', 'culture'),
    en('90-day', '08-outlook', 'summary'),
    en('instant retail', '08-outlook', 'challenges-and-opportunities'),
  ],
  'zh-cn': [
    zh('私域', '01-introduction', 'internet-era'),
    zh('市场规模', '02-market-analysis', 'global-market'),
    zh('人群细分', '02-market-analysis', 'target-market'),
    zh('竞品', '02-market-analysis', 'competitors'),
    zh('选品', '03-core-strategies', 'product'),
    zh('满减', '03-core-strategies', 'pricing-and-promotion'),
    zh('盈亏平衡增量', '03-core-strategies', 'pricing-and-promotion'),
    zh('小程序', '03-core-strategies', 'channels'),
    zh('安全库存', '03-core-strategies', 'supply-chain'),
    zh('库存周转', '03-core-strategies', 'supply-chain'),
    zh('详情页', '04-customer-experience', 'interface-design'),
    zh('首次响应', '04-customer-experience', 'customer-service'),
    zh('退货率', '04-customer-experience', 'feedback-loop'),
    zh('内容日历', '05-marketing', 'content-marketing'),
    zh('小红书', '05-marketing', 'social-media'),
    zh('直通车', '05-marketing', 'seo-and-ads'),
    zh('淘宝联盟', '05-marketing', 'partnerships'),
    zh('季节性', '06-data-driven', 'kpis'),
    zh('样本量', '06-data-driven', 'marketing-optimisation'),
    zh('需求预测', '06-data-driven', 'forecasting-and-risk'),
    zh('招聘', '07-team', 'building-the-team'),
    zh('协作', '07-team', 'roles-and-collaboration'),
    zh('速算扣除数', '07-team', 'incentives'),
    zh('价值观', '07-team', 'culture'),
    zh('节奏', '08-outlook', 'summary'),
    zh('即时零售', '08-outlook', 'challenges-and-opportunities'),
  ],
};
