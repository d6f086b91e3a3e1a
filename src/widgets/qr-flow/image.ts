// The qr-flow graphic's images (widget.ts). In the page it is HTML laid out by CSS (places,
// the wall, the amount that moves), which an SVG renderer cannot read: this is the same scene,
// from the same state model and words, drawn simply in SVG for one state of the 2022 trial.
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ImageChart } from '../../images/composeImage.ts';
import type { MeasureText } from '../../images/fontMetrics.ts';
import { frameItems, paragraphs, type GraphicImages } from '../../images/staticFrames.ts';
import { wrapText } from '../../images/wrapText.ts';
import { DEFAULT_AMOUNT_FEN } from './amount.ts';
import { formatFen } from './describeFlow.ts';
import { flowScene, QR_FLOW_STATE_COUNT, type MoneyPlace } from './flowStates.ts';
import { qrMatrix, qrPayload } from './qrPayload.ts';
import { qrFlowStrings } from './qrFlowStrings.ts';

interface QrFlowInks {
  text: string;
  muted: string;
  rule: string;
  surface: string;
  alipay: string;
  wechat: string;
  highlight: string;
}

const WIDTH = 592;
const HEIGHT = 330;
const GAP = 8;
/** Columns as in the page: sender, hold, friend (32 % / 36 % / 32 %). */
const COLUMNS = [0, 0.32, 0.68, 1].map((at) => at * WIDTH);
const ALIPAY = { top: 26, bottom: 190 };
const WALL_Y = 208;
const WECHAT = { top: 226, bottom: HEIGHT };
const NAME_SIZE = 13;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function qrFlowChart(state: number, locale: Locale, inks: QrFlowInks, measure: { regular: MeasureText; bold: MeasureText }): ImageChart {
  const t = qrFlowStrings[locale];
  const scene = flowScene(state, 'trial');
  const parts: string[] = [];
  const words = (text: string, x: number, y: number, width: number, { size = NAME_SIZE, bold = false, ink = inks.text, anchor = 'middle' } = {}) => {
    const lines = wrapText(text, width, size, bold ? measure.bold : measure.regular);
    const spans = lines.map((line, index) => `<tspan x="${x.toFixed(1)}" y="${(y + size + index * size * 1.25).toFixed(1)}">${escapeXml(line)}</tspan>`);
    parts.push(`<text font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${ink}" text-anchor="${anchor}">${spans.join('')}</text>`);
    return lines.length * size * 1.25;
  };
  const box = (x0: number, y0: number, x1: number, y1: number, fill: string, stroke: string) =>
    parts.push(`<rect x="${(x0 + GAP / 2).toFixed(1)}" y="${y0}" width="${(x1 - x0 - GAP).toFixed(1)}" height="${y1 - y0}" rx="6" fill="${fill}" stroke="${stroke}"/>`);
  const qr = (x: number, y: number, side: number, faded: boolean) => {
    const matrix = qrMatrix(qrPayload(t.qrPayload, DEFAULT_AMOUNT_FEN));
    const scale = side / matrix.size;
    parts.push(`<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(4)})" opacity="${faded ? 0.35 : 1}"><rect x="-1" y="-1" width="${matrix.size + 2}" height="${matrix.size + 2}" fill="#ffffff"/><path d="${matrix.darkRunsPath}" fill="none" stroke="${inks.text}"/></g>`);
  };

  // The two apps, each a band with its name.
  words(t.regionAlipay, 4, 2, 200, { bold: true, ink: inks.alipay, anchor: 'start' });
  words(t.regionWechat, 4, WECHAT.top - 22 + 24, 200, { bold: true, ink: inks.wechat, anchor: 'start' });

  const places: { place: MoneyPlace; x0: number; x1: number; y0: number; y1: number; ink: string }[] = [
    { place: 'senderAlipay', x0: COLUMNS[0]!, x1: COLUMNS[1]!, y0: ALIPAY.top, y1: ALIPAY.bottom, ink: inks.alipay },
    { place: 'pending', x0: COLUMNS[1]!, x1: COLUMNS[2]!, y0: ALIPAY.top, y1: ALIPAY.bottom, ink: inks.alipay },
    { place: 'friendAlipay', x0: COLUMNS[2]!, x1: COLUMNS[3]!, y0: ALIPAY.top, y1: ALIPAY.bottom, ink: inks.alipay },
    { place: 'friendWechatPay', x0: COLUMNS[2]!, x1: COLUMNS[3]!, y0: WECHAT.top + 20, y1: WECHAT.bottom, ink: inks.wechat },
  ];
  for (const { place, x0, x1, y0, y1, ink } of places) {
    const holds = scene.money === place;
    box(x0, y0, x1, y1, holds ? inks.highlight : inks.surface, holds ? ink : inks.rule);
    const centre = (x0 + x1) / 2;
    const nameHeight = words(t.moneyPlaces[place], centre, y0 + 6, x1 - x0 - 3 * GAP, { bold: true });
    if (holds) {
      // The amount, where the money is.
      const amount = formatFen(DEFAULT_AMOUNT_FEN, locale);
      const width = measure.bold(amount, 15) + 20;
      parts.push(`<rect x="${(centre - width / 2).toFixed(1)}" y="${y1 - 34}" width="${width.toFixed(1)}" height="24" rx="12" fill="${ink}"/>`);
      words(amount, centre, y1 - 33, width, { size: 15, bold: true, ink: '#ffffff' });
    }
    if (place === 'pending' && scene.code !== 'none') {
      const side = 72;
      const top = y0 + 12 + nameHeight;
      const faded = scene.code === 'cashed' || scene.code === 'expired';
      qr(centre - side / 2, top, side, faded);
      if (faded) {
        // The stamp on a patch of paper, so it reads over the code it voids.
        const stamp = t.codeStamp[scene.code as 'cashed' | 'expired'];
        const width = measure.bold(stamp, 15) + 12;
        parts.push(`<rect x="${(centre - width / 2).toFixed(1)}" y="${top + side / 2 - 11}" width="${width.toFixed(1)}" height="22" rx="3" fill="${inks.surface}" stroke="${inks.text}"/>`);
        words(stamp, centre, top + side / 2 - 10, width, { size: 15, bold: true });
      }
    }
    if (place === 'senderAlipay' && scene.code === 'expired') words(t.returnedAfter24h, centre, y0 + 14 + nameHeight, x1 - x0 - 3 * GAP, { ink: inks.muted });
    if (place === 'friendWechatPay') {
      const note = scene.wechatPay === 'refuses' ? t.wechatPayRefuses : t.wechatPayNotInvolved;
      const top = y0 + 10 + nameHeight;
      if (scene.wechatPay === 'refuses') parts.push(`<path d="M${centre - 5} ${top + 1}l10 10m0 -10l-10 10" stroke="${inks.text}" stroke-width="2" stroke-linecap="round"/>`);
      words(note, centre, top + (scene.wechatPay === 'refuses' ? 14 : 0), x1 - x0 - 3 * GAP, { ink: scene.wechatPay === 'refuses' ? inks.text : inks.muted });
    }
  }

  // The wall between the apps: only a picture of the code crosses it.
  parts.push(`<line x1="0" x2="${WIDTH}" y1="${WALL_Y}" y2="${WALL_Y}" stroke="${inks.text}" stroke-width="3" stroke-dasharray="10 5"/>`);
  const wallWidth = measure.bold(t.wall, NAME_SIZE) + 16;
  parts.push(`<rect x="${(WIDTH / 2 - wallWidth / 2).toFixed(1)}" y="${WALL_Y - 10}" width="${wallWidth.toFixed(1)}" height="20" fill="${inks.surface}"/>`);
  words(t.wall, WIDTH / 2, WALL_Y - 9, wallWidth, { bold: true });

  // The chat, under the sender and the hold.
  const [chatX0, chatX1] = [COLUMNS[0]!, COLUMNS[2]!];
  box(chatX0, WECHAT.top + 20, chatX1, WECHAT.bottom, inks.surface, inks.rule);
  words(t.chat, (chatX0 + chatX1) / 2, WECHAT.top + 26, chatX1 - chatX0 - 3 * GAP, { bold: true });
  if (scene.picture !== 'none') {
    const side = 44;
    const left = chatX0 + 3 * GAP;
    qr(left, WECHAT.top + 48, side, scene.picture === 'expired');
    words(t.picture[scene.picture], left + side + 2 * GAP, WECHAT.top + 52, chatX1 - left - side - 5 * GAP, { anchor: 'start' });
  }

  const markup = `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
  return { markup, viewBox: { width: WIDTH, height: HEIGHT } };
}

/** One image per state: the sentence the static frame says, under the scene drawn above. */
export const qrFlowImages: GraphicImages = {
  count: QR_FLOW_STATE_COUNT,
  frames: ({ html, locale, token, measure }) => {
    const inks: QrFlowInks = {
      text: token('--color-text'),
      muted: token('--color-muted'),
      rule: token('--color-rule'),
      surface: token('--color-surface'),
      alipay: token('--color-alipay'),
      wechat: token('--color-wechat'),
      highlight: token('--color-highlight'),
    };
    return frameItems(html, /data-widget-frames="qr-flow"/).map((item, state) => [
      { chart: qrFlowChart(state, locale, inks, measure), texts: [{ text: paragraphs(item).at(-1)!, size: 15, ink: 'text' }] },
    ]);
  },
};
