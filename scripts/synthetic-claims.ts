/**
 * Deterministic synthetic claims for benchmarks: N rows in the dataset's CSV format that pass the import
 * validator as the user's own data (ids `syn-<n>`, sources the dataset does not have, a quote holding the
 * figure, values the figure states). One template per topic, so every view gets points.
 *
 * CLI: npx tsx scripts/synthetic-claims.ts <count> [seed] > claims.csv
 */
import { pathToFileURL } from 'node:url';
import { CLAIM_COLUMNS } from '../src/data/claim';
import type { Kind, Metric, Topic, Unit } from '../src/data/vocabulary';

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  topic: Topic;
  metric: Metric;
  unit: Unit;
  kind: Kind;
  /** Range of the written number, in tenths (12–600 writes 1.2–60.0). */
  tenths: [number, number];
  /** Base units per written unit: 亿 is 1e8, 万 is 1e4. */
  scale: number;
  /** What follows the number in the figure, e.g. 亿元. */
  suffix: string;
  subject: string;
  /** The sentence around the figure. */
  sentence: (figure: string, year: number) => string;
}

// Kinds are mixed (observed, forecast, estimate) so that toggling a kind filter changes several views.
const TEMPLATES: readonly Template[] = [
  {
    topic: 'compute_growth',
    metric: 'compute_demand_growth',
    unit: 'doubling_months',
    kind: 'observed',
    tenths: [20, 240],
    scale: 1,
    suffix: '个月',
    subject: 'AI training compute demand',
    sentence: (f) => `大模型训练所需算力每${f}翻一番`,
  },
  {
    topic: 'compute_capacity',
    metric: 'compute_capacity',
    unit: 'EFLOPS',
    kind: 'observed',
    tenths: [10, 5000],
    scale: 1,
    suffix: 'EFLOPS',
    subject: 'Intelligent compute capacity',
    sentence: (f, y) => `${y}年智能算力规模达到${f}`,
  },
  {
    topic: 'market_size',
    metric: 'market_size',
    unit: 'CNY',
    kind: 'forecast',
    tenths: [100, 90000],
    scale: 1e8,
    suffix: '亿元',
    subject: 'AI compute market',
    sentence: (f, y) => `预计到${y}年算力市场规模将达${f}`,
  },
  {
    topic: 'liquid_cooling',
    metric: 'market_size',
    unit: 'USD',
    kind: 'observed',
    tenths: [10, 900],
    scale: 1e8,
    suffix: '亿美元',
    subject: 'Liquid-cooled server market',
    sentence: (f, y) => `${y}年液冷服务器市场规模为${f}`,
  },
  {
    topic: 'power_energy',
    metric: 'electricity_share',
    unit: 'percent',
    kind: 'forecast',
    tenths: [5, 300],
    scale: 1,
    suffix: '%',
    subject: 'Data-centre share of electricity',
    sentence: (f, y) => `到${y}年数据中心耗电将占全社会用电量的${f}`,
  },
  {
    topic: 'cost_price',
    metric: 'cost',
    unit: 'USD',
    kind: 'estimate',
    tenths: [10, 90000],
    scale: 1e4,
    suffix: '万美元',
    subject: 'Model training cost',
    sentence: (f, y) => `${y}年训练一个大模型的成本约为${f}`,
  },
  {
    topic: 'model_landscape',
    metric: 'parameters',
    unit: 'params',
    kind: 'observed',
    tenths: [10, 50000],
    scale: 1e8,
    suffix: '亿',
    subject: 'Model parameters',
    sentence: (f, y) => `${y}年发布的模型参数量为${f}`,
  },
  {
    topic: 'adoption_other',
    metric: 'adoption',
    unit: 'percent',
    kind: 'observed',
    tenths: [10, 950],
    scale: 1,
    suffix: '%',
    subject: 'Enterprise AI adoption',
    sentence: (f, y) => `${y}年已有${f}的企业部署了人工智能`,
  },
];

/** Number of distinct synthetic sources the rows are spread over. */
const SOURCE_COUNT = 7;

/** Quotes a CSV cell when it has to be (RFC 4180). */
function cell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One synthetic row, as column → text. */
function syntheticRow(n: number, next: () => number): Record<string, string> {
  const pick = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const tpl = TEMPLATES[(n - 1) % TEMPLATES.length]!;
  const asOfYear = pick(2022, 2024);
  const asOf = `${asOfYear}-${String(pick(1, 12)).padStart(2, '0')}-${String(pick(1, 28)).padStart(2, '0')}`;
  // A forecast speaks of a later year; everything else of the year it was said or before.
  const year = tpl.kind === 'forecast' ? asOfYear + pick(1, 6) : asOfYear - pick(0, 3);
  const tenths = pick(tpl.tenths[0], tpl.tenths[1]);
  const figure = `${(tenths / 10).toFixed(1)}${tpl.suffix}`;
  const source = 1 + (n % SOURCE_COUNT);
  const row: Record<string, string> = Object.fromEntries(CLAIM_COLUMNS.map((c) => [c.name, '']));
  return Object.assign(row, {
    id: `syn-${n}`,
    source_id: `syn-source-${source}`,
    quote: `合成样本${n}：${tpl.sentence(figure, year)}`,
    figure,
    metric: tpl.metric,
    subject: tpl.subject,
    region: 'CN',
    // Integer tenths times the scale keeps the stored number exactly what the figure says.
    value: String((tenths * tpl.scale) / 10),
    qualifier: 'exactly',
    unit: tpl.unit,
    year: String(year),
    as_of: asOf,
    kind: tpl.kind,
    attributed_to: `合成机构${source}`,
    topic: tpl.topic,
    label_en: `${tpl.subject} ${year} (synthetic ${n})`,
    label_zh: `合成论断${n}（${year}年）`,
  });
}

/** N synthetic claims as a claims CSV (header, then one row per claim); the same seed gives the same text. */
export function syntheticClaimsCsv(count: number, seed = 1): string {
  if (!Number.isInteger(count) || count < 0) throw new Error(`invalid count: ${count}`);
  const next = mulberry32(seed);
  const names = CLAIM_COLUMNS.map((c) => c.name);
  const lines = [names.join(',')];
  for (let n = 1; n <= count; n++) {
    const row = syntheticRow(n, next);
    lines.push(names.map((name) => cell(row[name] ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Topics the generator covers, in template order (one view each, plus the timeline). */
export const SYNTHETIC_TOPICS: readonly Topic[] = TEMPLATES.map((t) => t.topic);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(syntheticClaimsCsv(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 1)));
}
