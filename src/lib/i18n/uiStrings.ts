// The words of the page chrome (not of the story: those live in content/). A key missing in one
// language is a type error, not a blank on a reader's screen.
import { confidenceLabels, type ConfidenceLabel } from './confidenceLabels.ts';
import type { Locale } from './locales.ts';

export interface UiStrings {
  siteTitle: string;
  siteDescription: string;
  skipToStory: string;
  languageSwitchLabel: string;
  otherLanguageName: string;
  byline: string;
  published: string;
  sourcesHeading: string;
  sourceLabel: string;
  confidence: Record<ConfidenceLabel, string>;
  derivedMark: string;
  graphicStatusLabel: string;
  staticFramesNote: string;
  figureSource: string;
  footerNote: string;
  /** Link to the static edition (footer of the interactive story, and for readers without JavaScript). */
  staticEditionLink: string;
  /** Top of the static edition, before the link back to the interactive story. */
  staticEditionNote: string;
  liveEditionLink: string;
  sectionsNavLabel: string;
}

const fr: UiStrings = {
  siteTitle: 'Alipay s’invite chez WeChat',
  siteDescription:
    'En 2022, Alipay a testé un transfert d’argent vers les amis WeChat de ses utilisateurs, une première brèche entre les deux géants chinois du paiement mobile. Récit, données et sources.',
  skipToStory: 'Aller au récit',
  languageSwitchLabel: 'Langue',
  otherLanguageName: 'English',
  byline: 'Un récit de données',
  published: 'Publié le',
  sourcesHeading: 'Sources',
  sourceLabel: 'Source',
  confidence: confidenceLabels.fr,
  derivedMark: 'calculé',
  graphicStatusLabel: 'État du graphique',
  staticFramesNote: 'Les états successifs du graphique\u00a0:',
  figureSource: 'Source',
  footerNote: 'Aucun traceur, aucune ressource tierce\u00a0: tout est servi depuis ce site.',
  staticEditionLink: 'Édition statique\u00a0: chaque graphique état par état, sans animation ni JavaScript',
  staticEditionNote: 'Édition statique\u00a0: chaque graphique est montré état par état.',
  liveEditionLink: 'Lire le récit interactif',
  sectionsNavLabel: 'Sommaire',
};

const en: UiStrings = {
  siteTitle: 'Alipay steps inside WeChat',
  siteDescription:
    'In 2022 Alipay tested money transfers to its users’ WeChat friends: the first crack in the wall between China’s two mobile-payment giants. The story, the data and the sources.',
  skipToStory: 'Skip to the story',
  languageSwitchLabel: 'Language',
  otherLanguageName: 'Français',
  byline: 'A data story',
  published: 'Published',
  sourcesHeading: 'Sources',
  sourceLabel: 'Source',
  confidence: confidenceLabels.en,
  derivedMark: 'computed',
  graphicStatusLabel: 'Graphic state',
  staticFramesNote: 'The graphic, state by state:',
  figureSource: 'Source',
  footerNote: 'No trackers, no third-party resources: everything is served from this site.',
  staticEditionLink: 'Static edition: every graphic state by state, without animation or JavaScript',
  staticEditionNote: 'Static edition: every graphic is shown state by state.',
  liveEditionLink: 'Read the interactive story',
  sectionsNavLabel: 'Contents',
};

export const uiStrings: Record<Locale, UiStrings> = { fr, en };
