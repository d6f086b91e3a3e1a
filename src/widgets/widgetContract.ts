// What a widget says of itself to the rest of the site: each widget folder's widget.ts exports one
// of these, and the site builds from the list of them (registry.ts): embed pages and their
// scripts, the embed index and builder, oEmbed files, the data files readers download, the images. Build time only: the browser gets what it
// needs of it written in the page.
import type { StoryData } from '../data/readStoryData.ts';
import type { GraphicImages } from '../images/staticFrames.ts';
import type { Locale } from '../lib/i18n/locales.ts';

export interface WidgetDescription<Name extends string = string> {
  /** Its folder's name, and its embed page's. */
  name: Name;
  /** Its title, as an embed and in the embed index. */
  title: Record<Locale, string>;
  /** The Svelte component an embed page hydrates, from the project root. */
  component: string;
  /** How many states it has (the builder's "first step", the static frames). */
  stateCount: number;
  /** The state an embed opens on when no step is asked: its most informative. */
  openingState: number;
  /** The height of the plain <iframe> code: the whole graphic at a usual column width (about 600 px). */
  frameHeight: number;
  /** The one-line source under the graphic where it travels without the story's source list. */
  sourceLine: (locale: Locale, data: StoryData) => string;
  /**
   * The data behind it as readers download it (`data/<name>.csv`, its `sources` column in ids of
   * sources.csv), from the story's data or a file of content/data/ as it is; absent when it draws none.
   */
  dataCsv?: (from: { data: StoryData; contentFile: (name: string) => string }) => string;
  /** Its images, one per static frame, read from its static embed page (its folder's image.ts). */
  image: GraphicImages;
}

/** Keeps the widget's name as a literal type, so the registry can name its widgets. */
export const defineWidget = <const Name extends string>(description: WidgetDescription<Name>): WidgetDescription<Name> => description;
