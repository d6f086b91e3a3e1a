// Registers the `client:reach` directive (src/widgets/reachDirective.ts) with Astro.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ReachOptions } from '../widgets/reachDirective.ts';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:reach'?: ReachOptions;
  }
}

export function clientReach(): AstroIntegration {
  return {
    name: 'client-reach',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'reach', entrypoint: fileURLToPath(new URL('../widgets/reachDirective.ts', import.meta.url)) });
      },
    },
  };
}
