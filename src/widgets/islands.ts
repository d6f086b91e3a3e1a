// Every widget's Island.astro by name: for the pages that can show any of them (the story and the
// static embed pages). A live embed route imports only its own, so its page loads only that code.
import type { WidgetName } from './registry.ts';
import MarketShareIsland from './market-share/Island.astro';
import QrFlowIsland from './qr-flow/Island.astro';
import TimelineIsland from './timeline/Island.astro';
import WechatUsersIsland from './wechat-users/Island.astro';

export const islandComponents = {
  'wechat-users': WechatUsersIsland,
  'qr-flow': QrFlowIsland,
  'market-share': MarketShareIsland,
  timeline: TimelineIsland,
} satisfies Record<WidgetName, unknown>;
