// The widgets that have an embed page, with their titles per language.
import type { Locale } from '../lib/i18n/locales.ts';

export const embeddableWidgets = ['qr-flow', 'market-share', 'timeline', 'wechat-users'] as const;
export type WidgetName = (typeof embeddableWidgets)[number];

/** Whether a name read from a page or a URL is one of the embeddable widgets. */
export const isWidgetName = (name: unknown): name is WidgetName => (embeddableWidgets as readonly unknown[]).includes(name);

export const widgetTitles: Record<WidgetName, Record<Locale, string>> = {
  'qr-flow': { fr: 'Comment l’argent passe d’Alipay à un ami WeChat', en: 'How money moves from Alipay to a WeChat friend', zh: '钱如何从支付宝到达微信好友' },
  'market-share': { fr: 'Alipay et WeChat Pay : plus de 90 % du paiement mobile chinois', en: 'Alipay and WeChat Pay: over 90% of Chinese mobile payments', zh: '支付宝和微信支付：占中国移动支付90%以上' },
  timeline: { fr: 'Vingt ans de murs entre Alibaba et Tencent', en: 'Twenty years of walls between Alibaba and Tencent', zh: '阿里巴巴与腾讯之间的二十年围墙' },
  'wechat-users': { fr: 'Les utilisateurs actifs mensuels de WeChat', en: 'WeChat’s monthly active users', zh: '微信月活跃账户数' },
};
