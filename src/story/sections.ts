// The story's sections: one .svx per section in content/<locale>/, with the same file names in every
// language. Frontmatter is validated here; a bad one stops the build naming the file and field.
import { z } from 'zod';
import { ContentDataError } from '../data/ContentDataError.ts';
import { locales, type Locale } from '../lib/i18n/locales.ts';
import { readStepTags, type StepTag } from './stepTags.ts';
import { unknownPeriodIds } from '../widgets/timeline/periods.ts';

export const graphicNames = ['none', 'wechat-users', 'market-share', 'qr-flow', 'timeline'] as const;
export type GraphicName = (typeof graphicNames)[number];

const frontmatterSchema = z.object({
  title: z.string().trim().min(1),
  graphic: z.enum(graphicNames),
  /** The graphic's label for assistive technology and its caption. */
  graphicLabel: z.string().trim().min(1).optional(),
  /** For the timeline: the period each step highlights (period ids, one per state; see src/widgets/timeline/periods.ts). */
  focus: z.array(z.string()).optional(),
});
export type SectionMeta = z.infer<typeof frontmatterSchema>;

/** A compiled .svx section as Astro renders it: a component without props. */
type SectionComponent = (props: Record<string, never>) => unknown;

export interface Section {
  slug: string;
  meta: SectionMeta;
  Content: SectionComponent;
  /** Its <Step> tags as written: the state and the timeline event of each step, in order. */
  steps: StepTag[];
}

interface SvxModule {
  default: SectionComponent;
  metadata?: unknown;
}

// import.meta.glob takes literal patterns only: one line per language.
const modules: Record<Locale, Record<string, SvxModule>> = {
  fr: import.meta.glob<SvxModule>('/content/fr/*.svx', { eager: true }),
  en: import.meta.glob<SvxModule>('/content/en/*.svx', { eager: true }),
  zh: import.meta.glob<SvxModule>('/content/zh/*.svx', { eager: true }),
};
// The same files as written, for what the compiled component does not tell: its steps' attributes.
const texts: Record<Locale, Record<string, string>> = {
  fr: import.meta.glob<string>('/content/fr/*.svx', { eager: true, query: '?raw', import: 'default' }),
  en: import.meta.glob<string>('/content/en/*.svx', { eager: true, query: '?raw', import: 'default' }),
  zh: import.meta.glob<string>('/content/zh/*.svx', { eager: true, query: '?raw', import: 'default' }),
};

const slugOf = (path: string) => path.replace(/^.*\/(\d+-)?/, '').replace(/\.svx$/, '');

export function getSections(locale: Locale): Section[] {
  const fileNames = (l: Locale) => new Set(Object.keys(modules[l]).map((path) => path.split('/').pop()));
  const others = locales.filter((l) => l !== locale).map((l) => ({ locale: l, names: fileNames(l) }));
  return Object.entries(modules[locale])
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, module]) => {
      const file = path.replace(/^\//, '');
      const missing = others.find((other) => !other.names.has(path.split('/').pop()));
      if (missing !== undefined) {
        throw new ContentDataError(file, null, null, `has no counterpart in content/${missing.locale}/ (same file name expected)`);
      }
      const result = frontmatterSchema.safeParse(module.metadata ?? {});
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new ContentDataError(file, null, `frontmatter.${issue.path.join('.')}`, issue.message);
      }
      const unknown = unknownPeriodIds(result.data.focus ?? []);
      if (unknown.length > 0) {
        throw new ContentDataError(file, null, 'frontmatter.focus', `unknown period id(s) ${unknown.join(', ')}; known ids are in src/widgets/timeline/periods.ts`);
      }
      return { slug: slugOf(path), meta: result.data, Content: module.default, steps: readStepTags(texts[locale][path] ?? '') };
    });
}

/** How the story page lays its sections out: one alone, or several sharing one scrolly and its timeline. */
export interface SectionBlock {
  kind: 'alone' | 'shared';
  sections: Section[];
}

/**
 * Consecutive timeline sections share one scrolly and one timeline, so the chart zooms from
 * period to period as the reader scrolls on rather than being replaced by another one (the live
 * story). `shareTimeline` false keeps every section alone (the static edition, where each
 * section shows its own frames).
 */
export function sectionBlocks(sections: readonly Section[], shareTimeline: boolean): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  for (const section of sections) {
    const last = blocks.at(-1);
    if (!shareTimeline || section.meta.graphic !== 'timeline') blocks.push({ kind: 'alone', sections: [section] });
    else if (last?.kind === 'shared') last.sections.push(section);
    else blocks.push({ kind: 'shared', sections: [section] });
  }
  return blocks;
}
