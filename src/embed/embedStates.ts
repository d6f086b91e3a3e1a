// How many states each embeddable widget has, for the embed builder's "first step" choice (read at
// build time; the page gets the numbers, not the widgets' code).
import { VIEW_COUNT } from '../widgets/market-share/shareData.ts';
import { QR_FLOW_STATE_COUNT } from '../widgets/qr-flow/flowStates.ts';
import { periods } from '../widgets/timeline/periods.ts';
import { USERS_STATE_COUNT } from '../widgets/wechat-users/usersStates.ts';
import type { WidgetName } from '../widgets/registry.ts';

export const embedStateCount: Record<WidgetName, number> = {
  'qr-flow': QR_FLOW_STATE_COUNT,
  'market-share': VIEW_COUNT,
  timeline: periods.length,
  'wechat-users': USERS_STATE_COUNT,
};
