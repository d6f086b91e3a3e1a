// Each embeddable widget's states, for the embed builder's "first step" choice (read at build time;
// the page gets the numbers, not the widgets' code): how many there are, and the one an embed opens
// on when no step is asked, its most informative (each widget defines its own, beside its states).
import { OPENING_VIEW, VIEW_COUNT } from '../widgets/market-share/shareData.ts';
import { QR_FLOW_OPENING_STATE, QR_FLOW_STATE_COUNT } from '../widgets/qr-flow/flowStates.ts';
import { OPENING_PERIOD_INDEX, periods } from '../widgets/timeline/periods.ts';
import { USERS_OPENING_STATE, USERS_STATE_COUNT } from '../widgets/wechat-users/usersStates.ts';
import type { WidgetName } from '../widgets/registry.ts';

export const embedStateCount: Record<WidgetName, number> = {
  'qr-flow': QR_FLOW_STATE_COUNT,
  'market-share': VIEW_COUNT,
  timeline: periods.length,
  'wechat-users': USERS_STATE_COUNT,
};

export const embedOpeningState: Record<WidgetName, number> = {
  'qr-flow': QR_FLOW_OPENING_STATE,
  'market-share': OPENING_VIEW,
  timeline: OPENING_PERIOD_INDEX,
  'wechat-users': USERS_OPENING_STATE,
};
