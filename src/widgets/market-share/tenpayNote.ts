// Said once under the graphic, never in the live widget's caption: the research firms report Tenpay,
// Tencent's payment licence, which covers WeChat Pay and QQ Wallet; everywhere else the firm has one
// name, WeChat Pay. The embed's source line and the static frames say it (build time only); the
// story says it in its own words, in the text that introduces the graphic.
import type { Locale } from '../../lib/i18n/locales.ts';

export const tenpayNote: Record<Locale, string> = {
  fr: 'Les instituts comptent WeChat Pay sous le nom de Tenpay (财付通), la licence de paiement de Tencent, qui couvre aussi QQ Wallet.',
  en: 'The research firms count WeChat Pay as Tenpay (财付通), Tencent’s payment licence, which also covers QQ Wallet.',
  zh: '研究机构以财付通（腾讯的支付牌照，也涵盖QQ钱包）的名义统计微信支付。',
};
