// Facts about this publication itself, used in the byline and metadata. Its dates come from the
// change log (content/data/changes.json), the one place an editor records a correction.
import { getChangeLog } from '../data/changeLog.ts';

const { datePublished, dateModified } = getChangeLog();

export const publication = {
  /** The studio that signs the story, in the byline and as JSON-LD author and publisher. */
  studio: 'Passerelle',
  datePublished,
  dateModified,
} as const;
