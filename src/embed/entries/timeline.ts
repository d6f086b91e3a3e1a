// The timeline embed page's only script: its widget and the part of the Svelte runtime it uses.
import Timeline from '../../widgets/timeline/Timeline.svelte';
import { hydrateEmbed } from '../hydrateEmbed.ts';

hydrateEmbed('timeline', Timeline);
