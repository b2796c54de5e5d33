import type { AstroIntegration } from 'astro';

/** Registers `client:interact` (see client-interact.ts). */
export function interactDirective(): AstroIntegration {
  return {
    name: 'playbook:client-interact',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: './src/integrations/client-interact.ts' });
      },
    },
  };
}
