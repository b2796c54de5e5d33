import { h, hydrate, type ComponentType } from 'preact';
import { announceResults } from '../components/calculators/kit/announce-result';

// Every calculator and decision-guide part, each its own chunk; a page loads only the parts it shows.
const parts = import.meta.glob<{ default: ComponentType<Record<string, unknown>> }>([
  '../components/calculators/*/*.tsx',
  '!../components/calculators/kit/*.tsx',
  '../components/decide/*.tsx',
]);

/**
 * Hydrates server-rendered calculator parts (kit/Island.astro) with the props they were rendered with, then
 * gives each calculator they belong to its polite result announcement (kit/announce-result.ts).
 */
export async function hydrateIslands(elements: readonly HTMLElement[]): Promise<void> {
  await Promise.all(
    elements.map(async (el) => {
      // A calculator's part is named from components/calculators/ (`pricing/PricingChart`), a guide's from components/ (`decide/…`).
      const load = parts[`../components/calculators/${el.dataset.island}.tsx`] ?? parts[`../components/${el.dataset.island}.tsx`];
      if (!load || el.dataset.hydrated !== undefined) return;
      el.dataset.hydrated = '';
      const { default: Part } = await load();
      hydrate(h(Part, JSON.parse(el.dataset.props ?? '{}') as Record<string, unknown>), el);
    }),
  );
  const embeds = new Set(elements.map((el) => el.closest<HTMLElement>('[data-hydrate]')));
  for (const embed of embeds) if (embed) announceResults(embed);
}
