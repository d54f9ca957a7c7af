import { centralValue, type Claim } from '../data/claim';
import { formatMoney, type Lang } from '../domain/format-number';
import { t } from '../domain/messages';
import { hasFigure, panelRows, rowsOf, spansDecade } from '../charts/claim-panels';
import { buildStackedPanelOption } from '../charts/panel-chart';
import { splitByOmission, type ViewContext, type ViewResult, type ViewSpec } from '../charts/view-types';

type Currency = 'USD' | 'CNY';

/** One panel per currency: amounts are never converted, so dollars and yuan never share an axis. */
const CURRENCY_PANELS: readonly { unit: Currency; title: Record<Lang, string> }[] = [
  { unit: 'USD', title: { zh: '美元（不折算）', en: 'US dollars (not converted)' } },
  { unit: 'CNY', title: { zh: '人民币元（不折算）', en: 'Chinese yuan (not converted)' } },
];

const isMoney = (c: Claim): c is Claim & { unit: Currency } => c.unit === 'USD' || c.unit === 'CNY';

/** Why a claim of the topic is not drawn, in the UI language. */
function omissionReason(c: Claim, lang: Lang): string | undefined {
  if (c.unit === 'times' || c.unit === 'ratio') return t('marketOmitMultiple', lang);
  if (c.unit === 'percent') return t('marketOmitPercentChange', lang);
  if (!isMoney(c)) return t('marketOmitNotMoney', lang);
  if (!hasFigure(c)) return t('viewOmitNoFigure', lang);
  return undefined;
}

/** Market sizes, revenues and valuations: one panel per currency (never converted), largest first. */
export function buildMarketSizeOption(claims: readonly Claim[], ctx: ViewContext): ViewResult {
  const { lang } = ctx;
  const { drawn, omitted } = splitByOmission(claims, (c) => omissionReason(c, lang));
  const panels = CURRENCY_PANELS.map(({ unit, title }) => {
    const inCurrency = drawn
      .filter((c) => c.unit === unit)
      .sort((a, b) => (centralValue(b) ?? 0) - (centralValue(a) ?? 0));
    // Amounts run from 1.8亿 to 24万亿: the toggle puts every money axis on log, so both panels read alike.
    return {
      title: title[lang],
      rows: rowsOf(inCurrency),
      log: ctx.logScale,
      format: (v: number) => formatMoney(v, unit, lang),
    };
  }).filter((p) => p.rows.length > 0);
  const option = buildStackedPanelOption(panels, claims, ctx, t('marketDescription', lang));
  const values = drawn.map((c) => centralValue(c) ?? 0);
  return {
    option,
    shown: panels.flatMap((p) => p.rows.map((r) => r.claim.id)),
    omitted,
    hasLogAxis: spansDecade(values),
    rows: Math.ceil(panels.reduce((sum, p) => sum + panelRows(p), 0)) + 2,
  };
}

/** The market size view. */
export const marketSizeView: ViewSpec = {
  id: 'market-size',
  title: { zh: '市场规模', en: 'Market size' },
  subtitle: {
    zh: '金额：美元与人民币分列（亿/万亿），从不换算',
    en: 'Money: US dollars and yuan in separate panels (B/T), never converted',
  },
  select: (c) => c.topic === 'market_size',
  build: buildMarketSizeOption,
};
