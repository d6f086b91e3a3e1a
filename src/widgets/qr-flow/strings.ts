// Every word of the QR widget, in French and English. A key missing in one language is a type
// error. Amounts arrive already formatted (formatYuan), so each language keeps its own notation.
import type { Locale } from '../../lib/i18n/locales.ts';
import { applyFrenchSpacing } from '../../lib/remarkFrenchSpacing.js';
import type { AmountProblem } from './amount.ts';
import type { FlowScene, MoneyPlace, Scenario } from './flowStates.ts';

/** A state's sentence, given the formatted amount and the formatted per-transfer cap. */
type StateSentence = (amount: string, cap: string) => string;
/** One sentence per state, 0..5. */
type StateSentences = readonly [StateSentence, StateSentence, StateSentence, StateSentence, StateSentence, StateSentence];

export interface QrFlowStrings {
  amountLabel: string;
  /** The rules, shown under the field once an entry is refused; says outer spaces are ignored. */
  amountHint: (min: string, max: string) => string;
  amountProblems: Record<AmountProblem, (min: string, max: string) => string>;
  scenarioLegend: string;
  scenarioNames: Record<Scenario, string>;
  controlsLabel: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
  restart: string;
  stepsLabel: string;
  stepLabel: (step: number, total: number) => string;
  stateSentences: Record<Scenario, StateSentences>;
  /** The two worlds of the drawing, named on their borders. */
  regionAlipay: string;
  regionWechat: string;
  moneyPlaces: Record<MoneyPlace, string>;
  /** Said to screen readers after the name of the place that holds the money. */
  moneyHere: (amount: string) => string;
  chat: string;
  picture: Record<Exclude<FlowScene['picture'], 'none'>, string>;
  /** Stamped on the code once it can no longer be cashed. */
  codeStamp: Record<'cashed' | 'expired', string>;
  returnedAfter24h: string;
  wechatPayNotInvolved: string;
  wechatPayRefuses: string;
  /** The line between the two: closed in the trial, open in the hypothetical scenario. */
  wall: string;
  wallOpen: string;
  settlement: string;
  hypothetical: string;
  /** Names the drawing for screen readers. */
  drawingLabel: string;
  /** Text alternative of the QR code: what it is and what it says. */
  qrAlt: (payload: string) => string;
}

const en: QrFlowStrings = {
  amountLabel: 'Amount to send (¥)',
  amountHint: (min, max) => `From ${min} to ${max}, with at most two decimals; spaces before or after the amount are ignored.`,
  amountProblems: {
    empty: () => 'Type an amount.',
    format: () => 'Use digits only, with a point before the decimals (for example 88 or 12.50).',
    notPositive: (min) => `The amount must be at least ${min}.`,
    tooManyDecimals: () => 'At most two decimals: the fen, a hundredth of a yuan, is the smallest unit.',
    tooLarge: (_min, max) => `The trial allowed at most ${max} per transfer.`,
  },
  scenarioLegend: 'Compare',
  scenarioNames: { trial: 'The 2022 trial', interop: 'Full interoperability (hypothetical)' },
  controlsLabel: 'Animation controls',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous step',
  next: 'Next step',
  restart: 'Restart',
  stepsLabel: 'Steps',
  stepLabel: (step, total) => `Step ${step} of ${total}`,
  stateSentences: {
    trial: [
      (_amount, cap) => `The sender opens Alipay’s “transfer to WeChat friends” and types an amount, up to ${cap} per transfer.`,
      (amount) => `Alipay takes ${amount} from the sender’s balance and turns the transfer into a QR code.`,
      () => 'The sender shares the code in a WeChat chat, where it travels like any other picture.',
      () => 'The friend taps the code in WeChat, but WeChat Pay cannot collect it, because two payment institutions may not move funds directly between each other.',
      (amount) => `The friend opens Alipay and collects the code, so the ${amount} lands in the friend’s Alipay balance, not in WeChat.`,
      (amount) => `If nobody collects it within 24 hours, the ${amount} goes back to the sender’s Alipay balance.`,
    ],
    interop: [
      (_amount, cap) => `Hypothetical: the sender opens Alipay and types an amount, up to ${cap} per transfer.`,
      (amount) => `Hypothetical: Alipay takes ${amount} from the sender’s balance and turns the transfer into a QR code.`,
      () => 'Hypothetical: the sender shares the code in a WeChat chat, where it travels like any other picture.',
      (amount) => `Hypothetical: the friend taps the code and WeChat Pay collects the ${amount} in one step, without leaving WeChat.`,
      (amount) => `Hypothetical: no second app is needed, and the ${amount} is already in the friend’s WeChat Pay balance.`,
      () => 'Hypothetical: behind the scenes, Alipay and WeChat Pay would settle through a bank, since payment institutions cannot move funds directly between each other.',
    ],
  },
  regionAlipay: 'Alipay',
  regionWechat: 'WeChat',
  moneyPlaces: {
    senderAlipay: 'Sender’s Alipay',
    pending: 'Held by Alipay',
    friendAlipay: 'Friend’s Alipay',
    friendWechatPay: 'Friend’s WeChat Pay',
  },
  moneyHere: (amount) => `: the money is here, ${amount}`,
  chat: 'WeChat chat',
  picture: {
    shared: 'Only a picture of the code',
    tapped: 'Tapped in WeChat',
    scanned: 'Scanned with Alipay',
    expired: 'Expired after 24\u00a0h',
  },
  codeStamp: { cashed: 'Cashed', expired: 'Expired' },
  returnedAfter24h: 'Back after 24\u00a0h',
  wechatPayNotInvolved: 'Not involved',
  wechatPayRefuses: 'Cannot collect it',
  wall: 'No money crosses',
  wallOpen: 'Open (hypothetical)',
  settlement: 'Settled through a bank',
  hypothetical: 'Hypothetical',
  drawingLabel: 'Where the money is',
  qrAlt: (payload) => `QR code. Demonstration only; it reads: ${payload}`,
};

/**
 * French typography for the French strings: the plain space typed before « : ; ! ? » becomes the
 * no-break space French requires (the rule content/fr/ gets from remarkFrenchSpacing). Only the
 * literal text changes; interpolated values (Intl amounts, the QR payload) stay as they are.
 */
function frText(text: TemplateStringsArray, ...values: (string | number)[]): string {
  return text.reduce((out, part, i) => out + applyFrenchSpacing(part) + (values[i] ?? ''), '');
}

const fr: QrFlowStrings = {
  amountLabel: frText`Montant à envoyer (yuans)`,
  amountHint: (min, max) => frText`De ${min} à ${max}, avec deux décimales au plus ; les espaces avant ou après la somme sont ignorés.`,
  amountProblems: {
    empty: () => frText`Tapez un montant.`,
    format: () => frText`Uniquement des chiffres, avec une virgule avant les décimales (par exemple 88 ou 12,50).`,
    notPositive: (min) => frText`Le montant doit être d’au moins ${min}.`,
    tooManyDecimals: () => frText`Deux décimales au plus : le fen, centième du yuan, est la plus petite unité.`,
    tooLarge: (_min, max) => frText`L’essai autorisait au plus ${max} par transfert.`,
  },
  scenarioLegend: frText`Comparer`,
  scenarioNames: { trial: frText`L’essai de 2022`, interop: frText`Interopérabilité (hypothèse)` },
  controlsLabel: frText`Commandes de l’animation`,
  play: frText`Lecture`,
  pause: frText`Pause`,
  previous: frText`Étape précédente`,
  next: frText`Étape suivante`,
  restart: frText`Recommencer`,
  stepsLabel: frText`Étapes`,
  stepLabel: (step, total) => frText`Étape ${step} sur ${total}`,
  stateSentences: {
    trial: [
      (_amount, cap) => frText`L’expéditeur ouvre « transférer à des amis WeChat » dans Alipay et tape une somme, jusqu’à ${cap} par transfert.`,
      (amount) => frText`Alipay prélève ${amount} sur le solde de l’expéditeur et transforme le transfert en QR code.`,
      () => frText`L’expéditeur partage le code dans une conversation WeChat, où il circule comme n’importe quelle image.`,
      () => frText`L’ami touche le code dans WeChat, mais WeChat Pay ne peut pas l’encaisser, car deux établissements de paiement ne peuvent pas se transférer des fonds directement.`,
      (amount) => frText`L’ami ouvre Alipay et encaisse le code : la somme de ${amount} arrive sur son solde Alipay, pas dans WeChat.`,
      (amount) => frText`Si personne ne l’encaisse dans les 24 heures, la somme de ${amount} revient sur le solde Alipay de l’expéditeur.`,
    ],
    interop: [
      (_amount, cap) => frText`Hypothèse : l’expéditeur ouvre Alipay et tape une somme, jusqu’à ${cap} par transfert.`,
      (amount) => frText`Hypothèse : Alipay prélève ${amount} sur le solde de l’expéditeur et transforme le transfert en QR code.`,
      () => frText`Hypothèse : l’expéditeur partage le code dans une conversation WeChat, où il circule comme n’importe quelle image.`,
      (amount) => frText`Hypothèse : l’ami touche le code et WeChat Pay encaisse la somme de ${amount} en une seule étape, sans quitter WeChat.`,
      (amount) => frText`Hypothèse : nul besoin d’une seconde application, la somme de ${amount} est déjà sur le solde WeChat Pay de l’ami.`,
      () => frText`Hypothèse : en coulisses, Alipay et WeChat Pay régleraient leurs comptes par l’intermédiaire d’une banque, car deux établissements de paiement ne peuvent pas se transférer des fonds directement.`,
    ],
  },
  regionAlipay: frText`Alipay`,
  regionWechat: frText`WeChat`,
  moneyPlaces: {
    senderAlipay: frText`Alipay de l’expéditeur`,
    pending: frText`Retenu par Alipay`,
    friendAlipay: frText`Alipay de l’ami`,
    friendWechatPay: frText`WeChat Pay de l’ami`,
  },
  moneyHere: (amount) => frText` : l’argent est ici, ${amount}`,
  chat: frText`Conversation WeChat`,
  picture: {
    shared: frText`Rien qu’une image du code`,
    tapped: frText`Touché dans WeChat`,
    scanned: frText`Scanné avec Alipay`,
    expired: frText`Expiré après 24\u00a0h`,
  },
  codeStamp: { cashed: frText`Encaissé`, expired: frText`Expiré` },
  returnedAfter24h: frText`Revenu après 24\u00a0h`,
  wechatPayNotInvolved: frText`Pas concerné`,
  wechatPayRefuses: frText`Ne peut pas l’encaisser`,
  wall: frText`L’argent ne passe pas`,
  wallOpen: frText`Ouvert (hypothèse)`,
  settlement: frText`Réglé par une banque`,
  hypothetical: frText`Hypothèse`,
  drawingLabel: frText`Où est l’argent`,
  qrAlt: (payload) => frText`QR code. Simple démonstration ; il contient : ${payload}`,
};

const zh: QrFlowStrings = {
  amountLabel: '转账金额（元）',
  amountHint: (min, max) => `${min}至${max}，最多两位小数；金额前后的空格会被忽略。`,
  amountProblems: {
    empty: () => '请输入金额。',
    format: () => '只能输入数字，小数前用小数点（例如88或12.50）。',
    notPositive: (min) => `金额至少为${min}。`,
    tooManyDecimals: () => '最多两位小数：最小单位是分，即百分之一元。',
    tooLarge: (_min, max) => `试验规定每笔转账最多${max}。`,
  },
  scenarioLegend: '对比',
  scenarioNames: { trial: '2022年的试验', interop: '完全互联互通（假设）' },
  controlsLabel: '动画控制',
  play: '播放',
  pause: '暂停',
  previous: '上一步',
  next: '下一步',
  restart: '重新开始',
  stepsLabel: '步骤',
  stepLabel: (step, total) => `第${step}步，共${total}步`,
  stateSentences: {
    trial: [
      (_amount, cap) => `付款人打开支付宝的“转给微信好友”，输入金额，每笔最多${cap}。`,
      (amount) => `支付宝从付款人的余额中扣出${amount}，把这笔转账变成一个二维码。`,
      () => '付款人把二维码分享到微信聊天中，它像其他图片一样被传递。',
      () => '好友在微信里点开二维码，但微信支付无法领取，因为两家支付机构之间不能直接划转资金。',
      (amount) => `好友打开支付宝领取，于是${amount}进入好友的支付宝余额，而不是微信。`,
      (amount) => `如果24小时内无人领取，${amount}会退回付款人的支付宝余额。`,
    ],
    interop: [
      (_amount, cap) => `假设：付款人打开支付宝，输入金额，每笔最多${cap}。`,
      (amount) => `假设：支付宝从付款人的余额中扣出${amount}，把这笔转账变成一个二维码。`,
      () => '假设：付款人把二维码分享到微信聊天中，它像其他图片一样被传递。',
      (amount) => `假设：好友点开二维码，微信支付一步领取${amount}，无需离开微信。`,
      (amount) => `假设：不需要第二个应用，${amount}已经在好友的微信支付余额里。`,
      () => '假设：在幕后，支付宝和微信支付将通过银行结算，因为支付机构之间不能直接划转资金。',
    ],
  },
  regionAlipay: '支付宝',
  regionWechat: '微信',
  moneyPlaces: {
    senderAlipay: '付款人的支付宝',
    pending: '由支付宝暂存',
    friendAlipay: '好友的支付宝',
    friendWechatPay: '好友的微信支付',
  },
  moneyHere: (amount) => `：钱在这里，${amount}`,
  chat: '微信聊天',
  picture: {
    shared: '只是一张二维码图片',
    tapped: '在微信里点开',
    scanned: '用支付宝扫码',
    expired: '24小时后过期',
  },
  codeStamp: { cashed: '已领取', expired: '已过期' },
  returnedAfter24h: '24小时后退回',
  wechatPayNotInvolved: '不参与',
  wechatPayRefuses: '无法领取',
  wall: '钱过不去',
  wallOpen: '开放（假设）',
  settlement: '通过银行结算',
  hypothetical: '假设',
  drawingLabel: '钱在哪里',
  qrAlt: (payload) => `二维码，仅作演示；内容为：${payload}`,
};

export const qrFlowStrings: Record<Locale, QrFlowStrings> = { fr, en, zh };
