/** Facts about this publication itself, used in metadata. */
export const publication = {
  studio: 'Alipay–WeChat explainer',
  datePublished: '2026-11-26',
  dateModified: '2026-11-26',
} as const;
