// The QR flow, as the rest of the site sees it (widgetContract.ts).
import { joinList, publishersByCitations } from '../../data/sourceCredits.ts';
import { defineWidget } from '../widgetContract.ts';
import { qrFlowImages } from './image.ts';
import { QR_FLOW_OPENING_STATE, QR_FLOW_STATE_COUNT } from './flowStates.ts';

/** It draws no data file: it follows the press reports of the 2022 trial. */
const trialReports = ['scmp-2022-alipay-wechat', 'chongqing-daily-2022-alipay-wechat', 'pandaily-2022-alipay-wechat'];

export const widget = defineWidget({
  name: 'qr-flow',
  title: { fr: 'Comment l’argent passe d’Alipay à un ami WeChat', en: 'How money moves from Alipay to a WeChat friend', zh: '钱如何从支付宝到达微信好友' },
  component: 'src/widgets/qr-flow/QrFlow.svelte',
  stateCount: QR_FLOW_STATE_COUNT,
  openingState: QR_FLOW_OPENING_STATE,
  // Content height at 640 px: 889 in both languages.
  frameHeight: 940,
  sourceLine: (locale, data) => {
    const publishers = joinList(publishersByCitations(trialReports, data), locale);
    return { fr: `reportages sur l’essai de 2022 (${publishers})`, en: `reports on the 2022 trial (${publishers})`, zh: `关于2022年试验的报道（${publishers}）` }[locale];
  },
  image: qrFlowImages,
});
