// The words of the page chrome (not of the story: those live in content/). A key missing in one
// language is a type error, not a blank on a reader's screen.
import { confidenceLabels, type ConfidenceLabel } from './confidenceLabels.ts';
import type { Locale } from './locales.ts';

export interface UiStrings {
  siteTitle: string;
  siteDescription: string;
  skipToStory: string;
  languageSwitchLabel: string;
  /** Above the title: what kind of piece this is. */
  kicker: string;
  /** Under the title: who signs the story. */
  byline: (studio: string) => string;
  published: string;
  updated: string;
  changesHeading: string;
  changesIntro: string;
  /** Link from a change to the part of the story that now tells it. */
  changesSeeSection: (title: string) => string;
  sourcesHeading: string;
  sourceLabel: string;
  /** After a source's publisher when the party-state owns or runs it. */
  sourceStateMedia: string;
  /** Before the site's name when we read a copy of the source rather than the original. */
  sourceCopyReadAt: string;
  confidence: Record<ConfidenceLabel, string>;
  derivedMark: string;
  graphicStatusLabel: string;
  staticFramesNote: string;
  figureSource: string;
  footerNote: string;
  /** Under each section title: a link to the section (copied, or shared on a phone), and the same section in each other language. */
  sectionLink: string;
  sectionLinkCopied: string;
  sectionIn: Record<Locale, string>;
  /** The offline copy's control: the offer (with its size in kB), progress, done, failed. */
  offlineAsk: string;
  offlineSaving: string;
  offlineSaved: string;
  offlineFailed: string;
  /** Link to the static edition (footer of the interactive story, and for readers without JavaScript). */
  staticEditionLink: string;
  /** Printed atop the interactive story when it could not borrow the static edition's frames, before that edition's address. */
  printOneStateNote: string;
  /** Top of the static edition, before the link back to the interactive story. */
  staticEditionNote: string;
  liveEditionLink: string;
  sectionsNavLabel: string;
}

const fr: UiStrings = {
  siteTitle: 'Alipay s’invite chez WeChat',
  siteDescription:
    'En 2022, Alipay a permis à certains utilisateurs d’envoyer de l’argent à leurs amis sur WeChat, la super-application de son rival. L’argent n’entrait jamais dans WeChat Pay\u00a0: l’essai contournait le mur entre les deux géants chinois du paiement mobile, sans le percer. Récit, données et sources.',
  skipToStory: 'Aller au récit',
  languageSwitchLabel: 'Langue',
  kicker: 'Récit de données',
  byline: (studio) => `Par ${studio}, studio de journalisme de données`,
  published: 'Publié le',
  updated: 'mis à jour le',
  changesHeading: 'Corrections et modifications',
  changesIntro: 'Chaque changement de fond apporté à ce récit depuis sa première publication, daté.',
  changesSeeSection: (title) => `Voir « ${title} »`,
  sourcesHeading: 'Sources',
  sourceLabel: 'Source',
  sourceStateMedia: 'média d’État',
  sourceCopyReadAt: 'copie lue sur',
  confidence: confidenceLabels.fr,
  derivedMark: 'calculé',
  graphicStatusLabel: 'État du graphique',
  staticFramesNote: 'Les états successifs du graphique\u00a0:',
  figureSource: 'Source',
  footerNote: 'Aucun traceur, aucune ressource tierce\u00a0: tout est servi depuis ce site.',
  sectionLink: 'Lien vers cette partie',
  sectionLinkCopied: 'Lien copié',
  sectionIn: { fr: 'Cette partie en français', en: 'Cette partie en anglais', zh: 'Cette partie en chinois' },
  offlineAsk: 'Garder ce récit pour le lire hors ligne',
  offlineSaving: 'Copie hors ligne en cours…',
  offlineSaved: 'Ce récit est gardé sur cet appareil\u00a0: il s’ouvre sans connexion.',
  offlineFailed: 'La copie hors ligne n’a pas pu se faire. Réessayez plus tard.',
  staticEditionLink: 'Édition statique\u00a0: chaque graphique état par état, sans animation ni JavaScript',
  printOneStateNote: 'Cette impression montre chaque graphique dans un seul état. Pour les imprimer tous, état par état, imprimez l’édition statique\u00a0:',
  staticEditionNote: 'Édition statique\u00a0: chaque graphique est montré état par état.',
  liveEditionLink: 'Lire le récit interactif',
  sectionsNavLabel: 'Sommaire',
};

const en: UiStrings = {
  siteTitle: 'Alipay steps inside WeChat',
  siteDescription:
    'In 2022 Alipay let some users send money to friends on WeChat, its rival’s super app. The money never entered WeChat Pay: the trial went around the wall between China’s two mobile-payment giants, not through it. The story, the data and the sources.',
  skipToStory: 'Skip to the story',
  languageSwitchLabel: 'Language',
  kicker: 'Data story',
  byline: (studio) => `By ${studio}, data-journalism studio`,
  published: 'Published',
  updated: 'updated',
  changesHeading: 'Corrections and changes',
  changesIntro: 'Every change of substance to this story since it was first published, dated.',
  changesSeeSection: (title) => `See “${title}”`,
  sourcesHeading: 'Sources',
  sourceLabel: 'Source',
  sourceStateMedia: 'state-run',
  sourceCopyReadAt: 'copy read at',
  confidence: confidenceLabels.en,
  derivedMark: 'computed',
  graphicStatusLabel: 'Graphic state',
  staticFramesNote: 'The graphic, state by state:',
  figureSource: 'Source',
  footerNote: 'No trackers, no third-party resources: everything is served from this site.',
  sectionLink: 'Link to this section',
  sectionLinkCopied: 'Link copied',
  sectionIn: { fr: 'This section in French', en: 'This section in English', zh: 'This section in Chinese' },
  offlineAsk: 'Keep this story to read offline',
  offlineSaving: 'Saving an offline copy…',
  offlineSaved: 'This story is kept on this device: it opens without a connection.',
  offlineFailed: 'The offline copy could not be made. Try again later.',
  staticEditionLink: 'Static edition: every graphic state by state, without animation or JavaScript',
  printOneStateNote: 'This printout shows each graphic in one state. To print every state, print the static edition:',
  staticEditionNote: 'Static edition: every graphic is shown state by state.',
  liveEditionLink: 'Read the interactive story',
  sectionsNavLabel: 'Contents',
};

const zh: UiStrings = {
  siteTitle: '支付宝走进微信',
  siteDescription:
    '2022年，支付宝让部分用户向对手的超级应用微信上的好友转账。钱从未进入微信支付：这次试验绕过了中国两大移动支付巨头之间的围墙，而没有打穿它。报道、数据与来源。',
  skipToStory: '跳到正文',
  languageSwitchLabel: '语言',
  kicker: '数据报道',
  byline: (studio) => `${studio}数据新闻工作室`,
  published: '发布于',
  updated: '更新于',
  changesHeading: '更正与修改',
  changesIntro: '本文首次发布以来的每一处实质性修改，均注明日期。',
  changesSeeSection: (title) => `见“${title}”`,
  sourcesHeading: '来源',
  sourceLabel: '来源',
  sourceStateMedia: '官方媒体',
  sourceCopyReadAt: '副本阅读于',
  confidence: confidenceLabels.zh,
  derivedMark: '计算值',
  graphicStatusLabel: '图表状态',
  staticFramesNote: '图表的各个状态：',
  figureSource: '来源',
  footerNote: '没有追踪器，没有第三方资源：所有内容均由本站提供。',
  sectionLink: '本节链接',
  sectionLinkCopied: '链接已复制',
  sectionIn: { fr: '本节法文版', en: '本节英文版', zh: '本节中文版' },
  offlineAsk: '保存本文，离线阅读',
  offlineSaving: '正在保存离线副本…',
  offlineSaved: '本文已保存在这台设备上：无需联网即可打开。',
  offlineFailed: '离线副本未能保存，请稍后再试。',
  staticEditionLink: '静态版：逐一展示每个图表的各个状态，无动画，无需JavaScript',
  printOneStateNote: '本打印件中每个图表只显示一个状态。如需打印全部状态，请打印静态版：',
  staticEditionNote: '静态版：每个图表逐个状态展示。',
  liveEditionLink: '阅读交互版',
  sectionsNavLabel: '目录',
};

export const uiStrings: Record<Locale, UiStrings> = { fr, en, zh };
