// The market-share embed page's only script: its widget and the part of the Svelte runtime it uses.
import MarketShare from '../../widgets/market-share/MarketShare.svelte';
import { hydrateEmbed } from '../hydrateEmbed.ts';

hydrateEmbed('market-share', MarketShare);
