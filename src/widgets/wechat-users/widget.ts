// The WeChat users chart, as the rest of the site sees it (widgetContract.ts).
import { dataFiles } from '../../data/readStoryData.ts';
import { distinct, publications } from '../../data/sourceCredits.ts';
import { defineWidget } from '../widgetContract.ts';
import { wechatUsersImages } from './image.ts';
import { USERS_OPENING_STATE, USERS_STATE_COUNT } from './usersStates.ts';

export const widget = defineWidget({
  name: 'wechat-users',
  title: { fr: 'Les utilisateurs actifs mensuels de WeChat', en: 'WeChat’s monthly active users', zh: '微信月活跃账户数' },
  component: 'src/widgets/wechat-users/WechatUsers.svelte',
  stateCount: USERS_STATE_COUNT,
  openingState: USERS_OPENING_STATE,
  // Content height at 640 px: 676 in French, with its controls and the credit line.
  frameHeight: 720,
  sourceLine: (locale, data) => {
    const count = publications(distinct(data.wechatUsers.flatMap((row) => row.sources)).length, locale);
    return { fr: `résultats publiés par Tencent (utilisateurs actifs mensuels de Weixin et WeChat), d’après ${count}`, en: `Tencent’s published results (combined monthly active users of Weixin and WeChat), from ${count}`, zh: `腾讯公布的业绩（微信及WeChat合并月活跃账户数），据${count}` }[locale];
  },
  dataCsv: ({ contentFile }) => contentFile(dataFiles.wechatUsers),
  image: wechatUsersImages,
});
