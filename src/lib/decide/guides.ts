/** The decision guides: each one's address under `/<locale>/decide/`, its part and the sections it belongs to. */
export const guides = [
  {
    slug: 'join-promotion',
    /** The guide's Preact part under src/components/ (hydrated by kit/Island.astro). */
    part: 'decide/JoinPromotionGuide',
    /** The sections that link to it, and the one shown as its home. */
    home: { chapter: '03-core-strategies', section: 'pricing-and-promotion', number: '3.2' },
  },
  {
    slug: 'gmv-change',
    part: 'decide/GmvChangeGuide',
    home: { chapter: '06-data-driven', section: 'kpis', number: '6.2' },
  },
] as const;

export type GuideSlug = (typeof guides)[number]['slug'];
export const guideSlugs = guides.map((g) => g.slug);
/** The string keys of a guide's title and summary. */
export const guideKey = { 'join-promotion': 'join', 'gmv-change': 'gmv' } as const satisfies Record<GuideSlug, string>;
