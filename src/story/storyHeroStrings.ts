// The opening graphic's caption, in each language. The facts are the QR widget's (flowStates.ts):
// the money stays in Alipay from sender to friend; WeChat only carries a picture of the code.
import type { Locale } from '../lib/i18n/locales.ts';
import { applyFrenchSpacing } from '../lib/remarkFrenchSpacing.js';

export const storyHeroCaption: Record<Locale, string> = {
  fr: applyFrenchSpacing(
    'Le transfert vers un ami WeChat, essai de 2022 : l’argent ne quitte jamais Alipay, du solde de l’expéditeur à celui de l’ami. WeChat ne transporte qu’une image du code, et WeChat Pay ne peut pas l’encaisser.',
  ),
  en: 'The transfer to a WeChat friend, 2022 trial: the money never leaves Alipay, from the sender’s balance to the friend’s. WeChat only carries a picture of the code, and WeChat Pay cannot collect it.',
  zh: '“转给微信好友”，2022年的试验：钱从未离开支付宝，从付款人的余额直到好友的余额。微信只传递一张二维码图片，微信支付也无法领取这笔钱。',
};
