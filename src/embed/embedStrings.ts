// The words of the embed pages, the embed index and the story's "Embed" link. A key missing in one
// language is a type error.
import type { Locale } from '../lib/i18n/locales.ts';

export interface EmbedStrings {
  /** The story's link under each graphic, to that graphic's codes. */
  embedLink: string;
  embedLinkLabel: (title: string) => string;
  /** Link from an embed page back to its section of the story. */
  backToStory: (siteTitle: string) => string;
  /** Who made the graphic and when its data last changed, under every embed. */
  credit: (studio: string) => string;
  updated: string;
  /** The source line under an embedded graphic. */
  sourcePrefix: string;

  indexTitle: string;
  indexIntro: string;
  indexPrivacy: string;
  responsiveHeading: string;
  responsiveHelp: string;
  iframeHeading: string;
  iframeHelp: (height: number) => string;
  parametersHeading: string;
  parametersHelp: string;
  previewLabel: (title: string) => string;
  copy: string;
  copyResponsiveLabel: (title: string) => string;
  copyIframeLabel: (title: string) => string;
  copied: string;
  copyFailed: string;
  openEmbed: string;
  storyLink: string;

  /** The embed builder: choose, see, copy. */
  builderHeading: string;
  builderIntro: string;
  builderWidget: string;
  builderLanguage: string;
  builderTheme: string;
  builderThemes: Record<'auto' | 'light' | 'dark', string>;
  builderStep: string;
  builderStepOption: (step: number, count: number) => string;
  /** The choice of no step: the embed opens on the graphic's most informative state, `step`. */
  builderStepOpening: (step: number, count: number) => string;
  builderHeight: string;
  builderHeights: Record<'responsive' | 'fixed', string>;
  builderCode: string;
  builderPreview: string;
  copyBuilderLabel: string;

  /** Images of each state and the data, for places that take files rather than frames. */
  downloadsHeading: string;
  downloadsHelp: string;
  /** The label before an image's formats, colon included. */
  imageOfState: (state: number, count: number) => string;
  imageFormats: { svg: string; png: string; 'png@2x': string };
  dataFile: string;
  /** The list of sources the data files' `sources` columns cite. */
  sourcesFile: string;
  /** An image's description when its frame has no sentence of its own (the timeline). */
}

const fr: EmbedStrings = {
  embedLink: 'Intégrer ce graphique',
  embedLinkLabel: (title) => `Intégrer ce graphique\u00a0: ${title}`,
  backToStory: (siteTitle) => `Lire le récit\u00a0: ${siteTitle}`,
  credit: (studio) => `Graphique\u00a0: ${studio}`,
  updated: 'mis à jour le',
  sourcePrefix: 'Source\u00a0:',

  indexTitle: 'Intégrer nos graphiques',
  indexIntro:
    'Chaque graphique de ce récit peut être repris dans un autre article. Copiez l’un des deux codes ci-dessous et collez-le dans votre page ou votre CMS.',
  indexPrivacy:
    'Les graphiques intégrés ne déposent aucun cookie, n’utilisent aucun stockage et ne chargent rien d’autre que ce site. Ils ne peuvent ni naviguer dans votre page ni ouvrir de fenêtre sans clic du lecteur.',
  responsiveHeading: 'Code adaptatif (recommandé)',
  responsiveHelp: 'Un petit script de ce site crée le cadre et ajuste sa hauteur au contenu, à toutes les largeurs.',
  iframeHeading: 'Cadre simple',
  iframeHelp: (height) => `Pour les CMS qui suppriment les scripts\u00a0: hauteur fixe de ${height}\u00a0px.`,
  parametersHeading: 'Réglages',
  parametersHelp:
    'Dans le code adaptatif, data-theme choisit le thème (light, dark ou auto), data-step l’étape de départ (0, 1, 2…\u202f; sans data-step, le graphique s’ouvre sur son état le plus complet), data-autoplay la lecture automatique (1 ou 0). Dans le cadre simple, ajoutez-les à l’adresse\u00a0: ?theme=dark&step=2&autoplay=1.',
  previewLabel: (title) => `Aperçu\u00a0: ${title}`,
  copy: 'Copier',
  copyResponsiveLabel: (title) => `Copier le code adaptatif\u00a0: ${title}`,
  copyIframeLabel: (title) => `Copier le code du cadre simple\u00a0: ${title}`,
  copied: 'Code copié dans le presse-papiers.',
  copyFailed: 'La copie a échoué\u00a0: sélectionnez le code et copiez-le à la main.',
  openEmbed: 'Ouvrir la page intégrable',
  storyLink: 'Retour au récit',

  builderHeading: 'Composer un code',
  builderIntro: 'Choisissez le graphique et ses réglages : l’aperçu montre exactement ce que donnera le code.',
  builderWidget: 'Graphique',
  builderLanguage: 'Langue',
  builderTheme: 'Thème',
  builderThemes: { auto: 'celui du lecteur', light: 'clair', dark: 'sombre' },
  builderStep: 'Étape de départ',
  builderStepOption: (step, count) => `${step} sur ${count}`,
  builderStepOpening: (step, count) => `La plus complète (${step} sur ${count})`,
  builderHeight: 'Hauteur',
  builderHeights: { responsive: 'adaptative (code avec script)', fixed: 'fixe (cadre simple, sans script)' },
  builderCode: 'Le code',
  builderPreview: 'Aperçu du code',
  copyBuilderLabel: 'Copier le code composé',

  downloadsHeading: 'Images et données',
  downloadsHelp: 'Pour une application, une lettre d’information, un réseau social ou l’impression : chaque état du graphique en image (SVG, PNG et PNG double définition), avec son titre, sa source et sa description, et les données en CSV.',
  imageOfState: (state, count) => `Image ${state} sur ${count}\u00a0:`,
  imageFormats: { svg: 'SVG', png: 'PNG', 'png@2x': 'PNG 2x' },
  dataFile: 'Les données (CSV)',
  sourcesFile: 'leurs sources (CSV)',
};

const en: EmbedStrings = {
  embedLink: 'Embed this graphic',
  embedLinkLabel: (title) => `Embed this graphic: ${title}`,
  backToStory: (siteTitle) => `Read the story: ${siteTitle}`,
  credit: (studio) => `Graphic: ${studio}`,
  updated: 'updated',
  sourcePrefix: 'Source:',

  indexTitle: 'Embed our graphics',
  indexIntro: 'Every graphic in this story can go into another article. Copy one of the two codes below and paste it into your page or CMS.',
  indexPrivacy:
    'Embedded graphics set no cookies, use no storage and load nothing but this site. They cannot navigate your page or open a window unless a reader clicks a link.',
  responsiveHeading: 'Responsive code (recommended)',
  responsiveHelp: 'A small script from this site creates the frame and keeps its height equal to the content’s, at every width.',
  iframeHeading: 'Plain frame',
  iframeHelp: (height) => `For CMSs that strip scripts: a fixed height of ${height} px.`,
  parametersHeading: 'Settings',
  parametersHelp:
    'In the responsive code, data-theme picks the theme (light, dark or auto), data-step the starting step (0, 1, 2…; without data-step, the graphic opens on its fullest state), data-autoplay whether it plays by itself (1 or 0). In the plain frame, add them to the address: ?theme=dark&step=2&autoplay=1.',
  previewLabel: (title) => `Preview: ${title}`,
  copy: 'Copy',
  copyResponsiveLabel: (title) => `Copy the responsive code: ${title}`,
  copyIframeLabel: (title) => `Copy the plain frame code: ${title}`,
  copied: 'Code copied to the clipboard.',
  copyFailed: 'Copying failed: select the code and copy it by hand.',
  openEmbed: 'Open the embeddable page',
  storyLink: 'Back to the story',

  builderHeading: 'Make a code',
  builderIntro: 'Choose the graphic and its settings: the preview shows exactly what the code will give.',
  builderWidget: 'Graphic',
  builderLanguage: 'Language',
  builderTheme: 'Theme',
  builderThemes: { auto: 'the reader’s', light: 'light', dark: 'dark' },
  builderStep: 'First step',
  builderStepOption: (step, count) => `${step} of ${count}`,
  builderStepOpening: (step, count) => `The fullest (${step} of ${count})`,
  builderHeight: 'Height',
  builderHeights: { responsive: 'responsive (code with a script)', fixed: 'fixed (plain frame, no script)' },
  builderCode: 'The code',
  builderPreview: 'Preview of the code',
  copyBuilderLabel: 'Copy the code made above',

  downloadsHeading: 'Images and data',
  downloadsHelp: 'For an app, a newsletter, a social post or print: each state of the graphic as an image (SVG, PNG and double-resolution PNG), with its title, source and description, and the data as CSV.',
  imageOfState: (state, count) => `Image ${state} of ${count}:`,
  imageFormats: { svg: 'SVG', png: 'PNG', 'png@2x': 'PNG 2x' },
  dataFile: 'The data (CSV)',
  sourcesFile: 'their sources (CSV)',
};

const zh: EmbedStrings = {
  embedLink: '嵌入此图表',
  embedLinkLabel: (title) => `嵌入此图表：${title}`,
  backToStory: (siteTitle) => `阅读报道：${siteTitle}`,
  credit: (studio) => `图表：${studio}`,
  updated: '更新于',
  sourcePrefix: '来源：',

  indexTitle: '嵌入我们的图表',
  indexIntro: '本文的每个图表都可以放进其他文章。复制下面两段代码之一，粘贴到你的网页或内容管理系统中。',
  indexPrivacy: '嵌入的图表不设置Cookie，不使用任何存储，除本站外不加载任何内容。除非读者点击链接，它们不能让你的页面跳转，也不能打开新窗口。',
  responsiveHeading: '自适应代码（推荐）',
  responsiveHelp: '本站的一段小脚本会创建框架，并在任何宽度下让框架高度与内容保持一致。',
  iframeHeading: '简单框架',
  iframeHelp: (height) => `适用于会删除脚本的内容管理系统：固定高度${height}像素。`,
  parametersHeading: '设置',
  parametersHelp:
    '在自适应代码中，data-theme选择主题（light、dark或auto），data-step选择起始步骤（0、1、2…；不设data-step时，图表打开在信息最完整的状态），data-autoplay选择是否自动播放（1或0）。在简单框架中，把它们加到地址后面：?theme=dark&step=2&autoplay=1。',
  previewLabel: (title) => `预览：${title}`,
  copy: '复制',
  copyResponsiveLabel: (title) => `复制自适应代码：${title}`,
  copyIframeLabel: (title) => `复制简单框架代码：${title}`,
  copied: '代码已复制到剪贴板。',
  copyFailed: '复制失败：请选中代码，手动复制。',
  openEmbed: '打开可嵌入页面',
  storyLink: '返回报道',

  builderHeading: '生成代码',
  builderIntro: '选择图表及其设置：预览显示的正是代码的效果。',
  builderWidget: '图表',
  builderLanguage: '语言',
  builderTheme: '主题',
  builderThemes: { auto: '跟随读者设置', light: '浅色', dark: '深色' },
  builderStep: '起始步骤',
  builderStepOption: (step, count) => `第${step}步，共${count}步`,
  builderStepOpening: (step, count) => `信息最完整的一步（第${step}步，共${count}步）`,
  builderHeight: '高度',
  builderHeights: { responsive: '自适应（含脚本的代码）', fixed: '固定（简单框架，无脚本）' },
  builderCode: '代码',
  builderPreview: '代码预览',
  copyBuilderLabel: '复制上面生成的代码',

  downloadsHeading: '图片和数据',
  downloadsHelp: '适用于应用、电子通讯、社交媒体或印刷：图表的每个状态都有图片（SVG、PNG和双倍分辨率PNG），附标题、来源和说明；数据为CSV格式。',
  imageOfState: (state, count) => `第${state}张图片，共${count}张：`,
  imageFormats: { svg: 'SVG', png: 'PNG', 'png@2x': 'PNG 2x' },
  dataFile: '数据（CSV）',
  sourcesFile: '数据来源（CSV）',
};

export const embedStrings: Record<Locale, EmbedStrings> = { fr, en, zh };
