// Everything the story page runs of its own (its widgets are islands, loaded apart): the scrolly,
// the idle layout of its graphics and source list, and the offline copy. No widget imports these
// modules, so the bundle has no imports and Astro writes it inline in the page (whatever its size:
// astro.config.mjs): the page asks for no script before its first paint. Split into files, each
// would be requested while the page still parses, and Lighthouse's simulated phone counts each one
// started before the first paint as holding it back.
import { layOutWhenIdle } from '../lib/layOutWhenIdle.ts';
import { registerServiceWorker } from '../offline/registerServiceWorker.ts';
import { startScrollies } from '../scrolly/scrollyController.ts';
import { startSectionLinks } from './sectionLinks.ts';

export function startStoryPage(): void {
  startScrollies();
  // The sticky graphics, each in two tasks, its frame then its chart (Scrolly.astro): together
  // they take 50 to 100 ms on a slowed phone, a long task in the frame the reader would scroll
  // them into. The stage is marked on the graphic, which the page owns: a mark on the chart itself
  // would be lost when its widget rewrites the chart's style.
  const graphics = [...document.querySelectorAll<HTMLElement>('[data-scrolly] .scrolly__sticky > *')];
  const nextStage = (graphic: HTMLElement) => (graphic.dataset.laidOut = graphic.dataset.laidOut ? 'whole' : 'frame');
  // Each graphic is queued twice, once per stage.
  const stages = graphics.flatMap((graphic) => [graphic, graphic]);
  layOutWhenIdle(stages, { alone: () => true, start: 'load', reveal: nextStage });
  // The source list (SourceList.astro). An entry with Chinese words is laid out in a task of its
  // own: the first Chinese text the page lays out makes the browser look for Chinese fonts,
  // 30-40 ms on a slowed phone, too much to share a task with the entries around it.
  layOutWhenIdle(document.querySelectorAll<HTMLElement>('.source-list > li'), {
    alone: (entry) => entry.querySelector(':lang(zh)') !== null,
  });
  registerServiceWorker();
  startSectionLinks();
}
