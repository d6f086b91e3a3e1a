// Every word of the QR widget, one object per language; a key missing in one language is a type
// error. Build time only: the island writes the page's language into the page (qrFlowPageStrings.ts),
// and the widget's code fills the templates' {placeholders} (describeFlow.ts). Amounts arrive
// already formatted (formatYuan), so each language keeps its own notation.
import { frenchSpaced } from '../../lib/i18n/frenchSpaced.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { AmountProblem } from './amount.ts';
import type { FlowScene, MoneyPlace, Scenario } from './flowStates.ts';

/** One sentence per state, 0..5; {amount} is the amount sent, {cap} the per-transfer cap. */
type StateSentences = readonly [string, string, string, string, string, string];

export interface QrFlowStrings {
  amountLabel: string;
  /** The rules, shown under the field once an entry is refused; says outer spaces are ignored. {min}, {max}: the smallest and largest amounts. */
  amountHint: string;
  /** {min}, {max}, as in the hint. */
  amountProblems: Record<AmountProblem, string>;
  scenarioLegend: string;
  scenarioNames: Record<Scenario, string>;
  controlsLabel: string;
  play: string;
  pause: string;
  previous: string;
  next: string;
  restart: string;
  stepsLabel: string;
  /** {step} of {total}. */
  stepLabel: string;
  stateSentences: Record<Scenario, StateSentences>;
  /** The two worlds of the drawing, named on their borders. */
  regionAlipay: string;
  regionWechat: string;
  moneyPlaces: Record<MoneyPlace, string>;
  /** Said to screen readers after the name of the place that holds the money; {amount}. */
  moneyHere: string;
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
  /** Text alternative of the QR code: what it is and what it says ({payload}). */
  qrAlt: string;
  /** What the QR code says, {amount} as "CNY 88.00": printable ASCII only (qrPayload.ts). */
  qrPayload: string;
}

const en: QrFlowStrings = {
  amountLabel: 'Amount to send (¥)',
  amountHint: 'From {min} to {max}, with at most two decimals; spaces before or after the amount are ignored.',
  amountProblems: {
    empty: 'Type an amount.',
    format: 'Use digits only, with a point before the decimals (for example 88 or 12.50).',
    notPositive: 'The amount must be at least {min}.',
    tooManyDecimals: 'At most two decimals: the fen, a hundredth of a yuan, is the smallest unit.',
    tooLarge: 'The trial allowed at most {max} per transfer.',
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
  stepLabel: 'Step {step} of {total}',
  stateSentences: {
    trial: [
      'The sender opens Alipay’s “transfer to WeChat friends” and types an amount, up to {cap} per transfer.',
      'Alipay takes {amount} from the sender’s balance and turns the transfer into a QR code.',
      'The sender shares the code in a WeChat chat, where it travels like any other picture.',
      'The friend taps the code in WeChat, but WeChat Pay cannot collect it, because two payment institutions may not move funds directly between each other.',
      'The friend opens Alipay and collects the code, so the {amount} lands in the friend’s Alipay balance, not in WeChat.',
      'If nobody collects it within 24 hours, the {amount} goes back to the sender’s Alipay balance.',
    ],
    interop: [
      'Hypothetical: the sender opens Alipay and types an amount, up to {cap} per transfer.',
      'Hypothetical: Alipay takes {amount} from the sender’s balance and turns the transfer into a QR code.',
      'Hypothetical: the sender shares the code in a WeChat chat, where it travels like any other picture.',
      'Hypothetical: the friend taps the code and WeChat Pay collects the {amount} in one step, without leaving WeChat.',
      'Hypothetical: no second app is needed, and the {amount} is already in the friend’s WeChat Pay balance.',
      'Hypothetical: behind the scenes, Alipay and WeChat Pay would settle through a bank, since payment institutions cannot move funds directly between each other.',
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
  moneyHere: ': the money is here, {amount}',
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
  qrAlt: 'QR code. Demonstration only; it reads: {payload}',
  qrPayload: 'DEMO - not a payment. Alipay "transfer to WeChat friends" trial (2022): {amount}',
};

const fr: QrFlowStrings = {
  ...frenchSpaced<Omit<QrFlowStrings, 'qrPayload'>>({
  amountLabel: 'Montant (yuans)',
  amountHint: 'De {min} à {max}, avec deux décimales au plus ; les espaces avant ou après la somme sont ignorés.',
  amountProblems: {
    empty: 'Tapez un montant.',
    format: 'Uniquement des chiffres, avec une virgule avant les décimales (par exemple 88 ou 12,50).',
    notPositive: 'Le montant doit être d’au moins {min}.',
    tooManyDecimals: 'Deux décimales au plus : le fen, centième du yuan, est la plus petite unité.',
    tooLarge: 'L’essai autorisait au plus {max} par transfert.',
  },
  scenarioLegend: 'Comparer',
  scenarioNames: { trial: 'L’essai de 2022', interop: 'Interopérabilité (hypothèse)' },
  controlsLabel: 'Commandes de l’animation',
  play: 'Lecture',
  pause: 'Pause',
  previous: 'Étape précédente',
  next: 'Étape suivante',
  restart: 'Recommencer',
  stepsLabel: 'Étapes',
  stepLabel: 'Étape {step} sur {total}',
  stateSentences: {
    trial: [
      'L’expéditeur ouvre « transférer à des amis WeChat » dans Alipay et tape une somme, jusqu’à {cap} par transfert.',
      'Alipay prélève {amount} sur le solde de l’expéditeur et transforme le transfert en QR code.',
      'L’expéditeur partage le code dans une conversation WeChat, où il circule comme n’importe quelle image.',
      'L’ami touche le code dans WeChat, mais WeChat Pay ne peut pas l’encaisser, car deux établissements de paiement ne peuvent pas se transférer des fonds directement.',
      'L’ami ouvre Alipay et encaisse le code : la somme de {amount} arrive sur son solde Alipay, pas dans WeChat.',
      'Si personne ne l’encaisse dans les 24 heures, la somme de {amount} revient sur le solde Alipay de l’expéditeur.',
    ],
    interop: [
      'Hypothèse : l’expéditeur ouvre Alipay et tape une somme, jusqu’à {cap} par transfert.',
      'Hypothèse : Alipay prélève {amount} sur le solde de l’expéditeur et transforme le transfert en QR code.',
      'Hypothèse : l’expéditeur partage le code dans une conversation WeChat, où il circule comme n’importe quelle image.',
      'Hypothèse : l’ami touche le code et WeChat Pay encaisse la somme de {amount} en une seule étape, sans quitter WeChat.',
      'Hypothèse : nul besoin d’une seconde application, la somme de {amount} est déjà sur le solde WeChat Pay de l’ami.',
      'Hypothèse : en coulisses, Alipay et WeChat Pay régleraient leurs comptes par l’intermédiaire d’une banque, car deux établissements de paiement ne peuvent pas se transférer des fonds directement.',
    ],
  },
  regionAlipay: 'Alipay',
  regionWechat: 'WeChat',
  moneyPlaces: {
    senderAlipay: 'Alipay de l’expéditeur',
    pending: 'Retenu par Alipay',
    friendAlipay: 'Alipay de l’ami',
    friendWechatPay: 'WeChat Pay de l’ami',
  },
  moneyHere: ' : l’argent est ici, {amount}',
  chat: 'Conversation WeChat',
  picture: {
    shared: 'Rien qu’une image du code',
    tapped: 'Touché dans WeChat',
    scanned: 'Scanné avec Alipay',
    expired: 'Expiré après 24\u00a0h',
  },
  codeStamp: { cashed: 'Encaissé', expired: 'Expiré' },
  returnedAfter24h: 'Revenu après 24\u00a0h',
  wechatPayNotInvolved: 'Pas concerné',
  wechatPayRefuses: 'Ne peut pas l’encaisser',
  wall: 'L’argent ne passe pas',
  wallOpen: 'Ouvert (hypothèse)',
  settlement: 'Réglé par une banque',
  hypothetical: 'Hypothèse',
  drawingLabel: 'Où est l’argent',
  qrAlt: 'QR code. Simple démonstration ; il contient : {payload}',
  }),
  // Outside French spacing: a scanner may garble a no-break space (qrPayload.ts).
  qrPayload: 'DEMO - pas un paiement. Essai Alipay "transfert aux amis WeChat" (2022) : {amount}',
};

const zh: QrFlowStrings = {
  amountLabel: '转账金额（元）',
  amountHint: '{min}至{max}，最多两位小数；金额前后的空格会被忽略。',
  amountProblems: {
    empty: '请输入金额。',
    format: '只能输入数字，小数前用小数点（例如88或12.50）。',
    notPositive: '金额至少为{min}。',
    tooManyDecimals: '最多两位小数：最小单位是分，即百分之一元。',
    tooLarge: '试验规定每笔转账最多{max}。',
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
  stepLabel: '第{step}步，共{total}步',
  stateSentences: {
    trial: [
      '付款人打开支付宝的“转给微信好友”，输入金额，每笔最多{cap}。',
      '支付宝从付款人的余额中扣出{amount}，把这笔转账变成一个二维码。',
      '付款人把二维码分享到微信聊天中，它像其他图片一样被传递。',
      '好友在微信里点开二维码，但微信支付无法领取，因为两家支付机构之间不能直接划转资金。',
      '好友打开支付宝领取，于是{amount}进入好友的支付宝余额，而不是微信。',
      '如果24小时内无人领取，{amount}会退回付款人的支付宝余额。',
    ],
    interop: [
      '假设：付款人打开支付宝，输入金额，每笔最多{cap}。',
      '假设：支付宝从付款人的余额中扣出{amount}，把这笔转账变成一个二维码。',
      '假设：付款人把二维码分享到微信聊天中，它像其他图片一样被传递。',
      '假设：好友点开二维码，微信支付一步领取{amount}，无需离开微信。',
      '假设：不需要第二个应用，{amount}已经在好友的微信支付余额里。',
      '假设：在幕后，支付宝和微信支付将通过银行结算，因为支付机构之间不能直接划转资金。',
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
  moneyHere: '：钱在这里，{amount}',
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
  qrAlt: '二维码，仅作演示；内容为：{payload}',
  // Chinese characters would need UTF-8 with an ECI header, which scanners read unevenly: the
  // English sentence, in ASCII, is the one every phone shows as written.
  qrPayload: 'DEMO - not a payment. Alipay "transfer to WeChat friends" trial (2022): {amount}',
};

/** Every language's words, for build-time code; a page gets its own language's alone. */
export const qrFlowStrings: Record<Locale, QrFlowStrings> = { fr, en, zh };
