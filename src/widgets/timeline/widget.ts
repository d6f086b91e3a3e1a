// The timeline, as the rest of the site sees it (widgetContract.ts).
import { timelineCsv } from '../../data/dataCsv.ts';
import { distinct, joinList, publications, publishersByCitations } from '../../data/sourceCredits.ts';
import { defineWidget } from '../widgetContract.ts';
import { timelineImages } from './image.ts';
import { OPENING_PERIOD_INDEX, periods } from './periods.ts';

export const widget = defineWidget({
  name: 'timeline',
  title: { fr: 'Vingt ans de murs entre Alibaba et Tencent', en: 'Twenty years of walls between Alibaba and Tencent', zh: '阿里巴巴与腾讯之间的二十年围墙' },
  component: 'src/widgets/timeline/Timeline.svelte',
  stateCount: periods.length,
  openingState: OPENING_PERIOD_INDEX,
  // Content height at 640 px: 761 in both languages.
  frameHeight: 820,
  sourceLine: (locale, data) => {
    const ids = data.timeline.flatMap((event) => event.sources);
    const count = publications(distinct(ids).length, locale);
    const among = joinList(publishersByCitations(ids, data).slice(0, 3), locale);
    return { fr: `${count}, dont ${among}`, en: `${count}, including ${among}`, zh: `${count}，其中包括${among}` }[locale];
  },
  dataCsv: ({ data }) => timelineCsv(data.timeline),
  image: timelineImages,
});
