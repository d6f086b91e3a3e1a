// What each of the six states of the QR widget shows, in the 2022 trial and in the hypothetical
// "full interoperability" scenario. Pure data: the drawing reads it, tests check it.
// The trial's mechanics come from facts.md (c) "mid-Sep 2022" and (d) 7: the code is shared in
// WeChat, only Alipay can collect it, the money lands in the friend's Alipay balance, unclaimed
// money returns after 24 h, and WeChat Pay plays no part (PBOC rules: funds cannot move directly
// between two payment institutions).

export const QR_FLOW_STATE_COUNT = 6;
export const scenarios = ['trial', 'interop'] as const;
export type Scenario = (typeof scenarios)[number];

/** The places the money can be, left to right in the "where is the money" strip. */
export const moneyPlaces = ['senderAlipay', 'pending', 'friendAlipay', 'friendWechatPay'] as const;
export type MoneyPlace = (typeof moneyPlaces)[number];

export interface FlowScene {
  /** What the sender's Alipay screen shows. */
  senderScreen: 'amount' | 'code' | 'shared' | 'collected' | 'refunded';
  /** What the friend's phone shows: the WeChat chat, or a wallet with its balance. */
  friendScreen: 'chat' | 'alipayBalance' | 'wechatPayBalance';
  /** Whether the code has arrived in the WeChat chat as a message. */
  codeInChat: boolean;
  /** What WeChat Pay does when the friend taps the code, if the friend has tapped it. */
  wechatPay: 'untouched' | 'refuses' | 'collects';
  /** Where the money is. */
  money: MoneyPlace;
  /** The code has expired unclaimed (trial, after 24 h). */
  expired: boolean;
  /** Hypothetical only: the two wallets settle with each other through a bank. */
  settlement: boolean;
}

const trialScenes: FlowScene[] = [
  { senderScreen: 'amount', friendScreen: 'chat', codeInChat: false, wechatPay: 'untouched', money: 'senderAlipay', expired: false, settlement: false },
  { senderScreen: 'code', friendScreen: 'chat', codeInChat: false, wechatPay: 'untouched', money: 'pending', expired: false, settlement: false },
  { senderScreen: 'shared', friendScreen: 'chat', codeInChat: true, wechatPay: 'untouched', money: 'pending', expired: false, settlement: false },
  { senderScreen: 'shared', friendScreen: 'chat', codeInChat: true, wechatPay: 'refuses', money: 'pending', expired: false, settlement: false },
  { senderScreen: 'collected', friendScreen: 'alipayBalance', codeInChat: true, wechatPay: 'untouched', money: 'friendAlipay', expired: false, settlement: false },
  { senderScreen: 'refunded', friendScreen: 'chat', codeInChat: true, wechatPay: 'untouched', money: 'senderAlipay', expired: true, settlement: false },
];

// Hypothetical: the friend collects inside WeChat Pay in one step and never needs Alipay.
const interopScenes: FlowScene[] = [
  trialScenes[0]!,
  trialScenes[1]!,
  trialScenes[2]!,
  { senderScreen: 'collected', friendScreen: 'chat', codeInChat: true, wechatPay: 'collects', money: 'friendWechatPay', expired: false, settlement: false },
  { senderScreen: 'collected', friendScreen: 'wechatPayBalance', codeInChat: true, wechatPay: 'untouched', money: 'friendWechatPay', expired: false, settlement: false },
  { senderScreen: 'collected', friendScreen: 'wechatPayBalance', codeInChat: true, wechatPay: 'untouched', money: 'friendWechatPay', expired: false, settlement: true },
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

/** What both phones are drawn from: the scene, the amount and code, the words, the scenario. */
export interface PhoneProps {
  scene: FlowScene;
  amount: string;
  payload: string;
  t: import('./strings.ts').QrFlowStrings;
  hypothetical: boolean;
  /** Parts that appear do so with an entrance animation; false under reduced motion and in static frames. */
  animate: boolean;
}
