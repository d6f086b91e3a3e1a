// Where the market-share data is published for download: served as the data file's exact bytes by
// src/pages/data/market-share.csv.ts.
export const MARKET_SHARE_CSV_PATH = 'data/market-share.csv';
