// What each of the six states of the QR widget shows, in the 2022 trial and in the hypothetical
// "full interoperability" scenario. Pure data: the drawing reads it, tests check it.
// The trial's mechanics (sources scmp-2022-alipay-wechat and chongqing-daily-2022-alipay-wechat in
// content/data/sources.json): the code is shared in WeChat, only Alipay can collect it, the money
// lands in the friend's Alipay balance, unclaimed money returns after 24 h, and WeChat Pay plays no
// part (PBOC rules: funds cannot move directly between two payment institutions).

export const QR_FLOW_STATE_COUNT = 6;
/**
 * The state an embed opens on when no step is asked: the payment done, the money in the friend's
 * Alipay and the WeChat Pay it never reached, the whole path at a glance.
 */
export const QR_FLOW_OPENING_STATE = 4;
export const scenarios = ['trial', 'interop'] as const;
export type Scenario = (typeof scenarios)[number];

/**
 * The places the money can be. The first three are inside Alipay, the last is behind the wall, in
 * WeChat; the drawing gives each one a zone, and the amount sits in the zone that holds the money.
 */
export const moneyPlaces = ['senderAlipay', 'pending', 'friendAlipay', 'friendWechatPay'] as const;
export type MoneyPlace = (typeof moneyPlaces)[number];

export interface FlowScene {
  /** Where the money is: the amount is drawn in that place's zone. */
  money: MoneyPlace;
  /** The QR code Alipay makes of the transfer, a cheque waiting to be cashed. */
  code: 'none' | 'held' | 'cashed' | 'expired';
  /** The picture of that code in the WeChat chat: all WeChat ever carries. */
  picture: 'none' | 'shared' | 'tapped' | 'scanned' | 'expired';
  /** What the friend's WeChat Pay does with the code. */
  wechatPay: 'idle' | 'refuses' | 'collects';
  /** Hypothetical only: the two wallets settle with each other through a bank. */
  settlement: boolean;
}

const trialScenes: FlowScene[] = [
  { money: 'senderAlipay', code: 'none', picture: 'none', wechatPay: 'idle', settlement: false },
  { money: 'pending', code: 'held', picture: 'none', wechatPay: 'idle', settlement: false },
  { money: 'pending', code: 'held', picture: 'shared', wechatPay: 'idle', settlement: false },
  { money: 'pending', code: 'held', picture: 'tapped', wechatPay: 'refuses', settlement: false },
  { money: 'friendAlipay', code: 'cashed', picture: 'scanned', wechatPay: 'idle', settlement: false },
  { money: 'senderAlipay', code: 'expired', picture: 'expired', wechatPay: 'idle', settlement: false },
];

// Hypothetical: the friend collects inside WeChat Pay in one step and never needs Alipay.
const interopScenes: FlowScene[] = [
  trialScenes[0]!,
  trialScenes[1]!,
  trialScenes[2]!,
  { money: 'friendWechatPay', code: 'cashed', picture: 'tapped', wechatPay: 'collects', settlement: false },
  { money: 'friendWechatPay', code: 'cashed', picture: 'tapped', wechatPay: 'collects', settlement: false },
  { money: 'friendWechatPay', code: 'cashed', picture: 'tapped', wechatPay: 'collects', settlement: true },
];

const scenes: Record<Scenario, FlowScene[]> = { trial: trialScenes, interop: interopScenes };

/** A state number from anywhere (scroll, URL, buttons) brought into 0..5. */
export function clampFlowState(state: number): number {
  if (!Number.isFinite(state)) return 0;
  return Math.min(Math.max(Math.trunc(state), 0), QR_FLOW_STATE_COUNT - 1);
}

export function flowScene(state: number, scenario: Scenario): FlowScene {
  return scenes[scenario][clampFlowState(state)]!;
}

/** The state the reader sees: a refused amount holds the flow at its first state. */
export function shownFlowState(requested: number, amountAccepted: boolean): number {
  return amountAccepted ? clampFlowState(requested) : 0;
}

/** Next state when playing; null at the end, where playback stops rather than looping. */
export function nextFlowState(state: number): number | null {
  const next = clampFlowState(state) + 1;
  return next < QR_FLOW_STATE_COUNT ? next : null;
}
