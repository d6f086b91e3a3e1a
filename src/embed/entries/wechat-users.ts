// The wechat-users embed page's only script: its widget and the part of the Svelte runtime it uses.
import WechatUsers from '../../widgets/wechat-users/WechatUsers.svelte';
import { hydrateEmbed } from '../hydrateEmbed.ts';

hydrateEmbed('wechat-users', WechatUsers);
