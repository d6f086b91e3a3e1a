// Fails `astro build` and `astro dev` before anything is bundled when content/data/ is malformed,
// with the file, row and field in the message rather than a stack trace from a component.
import type { AstroIntegration } from 'astro';
import { ContentDataError } from '../data/ContentDataError.ts';
import { readStoryData } from '../data/readStoryData.ts';
import { contentDataDir, storyTextDir } from '../data/storyData.ts';
import { checkCitations } from '../data/checkCitations.ts';

export function validateContentData(): AstroIntegration {
  return {
    name: 'validate-content-data',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        try {
          const data = readStoryData(contentDataDir());
          checkCitations(storyTextDir(), new Set(data.sources.map((source) => source.id)), new Set(data.timeline.map((event) => event.id)));
        } catch (error) {
          if (error instanceof ContentDataError) {
            logger.error(error.message);
            // Astro prints the error itself; a bare message keeps the file and field on top.
            const failure = new Error(error.message);
            failure.stack = error.message;
            throw failure;
          }
          throw error;
        }
      },
    },
  };
}
