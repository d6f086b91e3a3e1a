// `client:reach`: a story widget's code is fetched and compiled as its graphic approaches (one
// screen below the viewport, once the page has loaded), and the widget comes alive when the
// graphic reaches the reader. On a slow network the code is there by the time it is needed; on a
// slow phone the download and compiling no longer share one task with the hydration. Registered
// by src/integrations/clientReach.ts; the margins are `storyHydration` in islandProps.ts.
import type { ClientDirective } from 'astro';
import { afterLoad } from '../lib/afterLoad.ts';

export interface ReachOptions {
  /** Root margin at which the code is fetched. */
  approach: string;
  /** Root margin at which the widget hydrates. */
  reach: string;
}

type Hydrate = () => Promise<void>;

const reachDirective: ClientDirective = (load, options, island) => {
  const { approach, reach } = options.value as unknown as ReachOptions;
  let loaded: Promise<Hydrate> | undefined;
  const fetchCode = () => (loaded ??= load());
  // The island element has no box of its own (display: contents): watch what it holds, as
  // Astro's client:visible does.
  const once = (rootMargin: string, action: () => void) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        action();
      },
      { rootMargin },
    );
    for (const child of island.children) observer.observe(child);
  };
  // Not before the page has loaded: the first graphic is often within a screen of the first view,
  // and its code would then compete with the page itself for the network and the processor.
  once(approach, () => afterLoad(() => void fetchCode()));
  // Observers report during the browser's rendering work, which already holds the frame's style,
  // layout and paint: the hydration gets a task of its own.
  once(reach, () => void fetchCode().then((hydrate) => setTimeout(hydrate, 0)));
};

export default reachDirective;
