// The events the timeline names on the chart whenever they are in view and there is room, besides
// the one the story's step describes: the milestones a reader finds their way by. Ids of
// content/data/timeline.json (a unit test checks they exist), most important first.
export const landmarkEventIds: readonly string[] = [
  'alipay-transfer-to-wechat-trial',
  'wechat-pay-launch',
  'ant-ipo-suspended',
  'miit-link-blocking-meeting',
  'taobao-rolls-out-wechat-pay',
  'wechat-blocks-alipay-red-envelopes',
  'douyin-sues-tencent',
  'alipay-launch',
];
