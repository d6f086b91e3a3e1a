// The qr-flow embed page's only script: its widget and the part of the Svelte runtime it uses.
import QrFlow from '../../widgets/qr-flow/QrFlow.svelte';
import { hydrateEmbed } from '../hydrateEmbed.ts';

hydrateEmbed('qr-flow', QrFlow);
