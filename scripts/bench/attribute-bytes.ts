import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of built JavaScript that came from one package or app folder. */
export interface Attribution {
  owner: string;
  raw: number;
  /** Gzip of that owner's code alone: a rough share, since gzip works across the whole file. */
  gzip: number;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((ch, i) => [ch, i]));
const DATASET = 'data (bundled dataset)';
/** Text with a run of Chinese characters: a slice of article text rather than code. */
const CJK_HEAVY = /[\u4e00-\u9fff]{8}/;

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
export function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`invalid VLQ character: ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The package (node_modules/<name>) or app folder (src/<dir>, data) a source path belongs to. */
export function ownerOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = /(?:^|\/)src\/([^/]+)\//.exec(source);
  if (src) return `src/${src[1]}`;
  if (/(?:^|\/)data\//.test(source)) return DATASET;
  return 'other';
}

/** A finer owner for the two big libraries: their folder (echarts/lib/chart/line, zrender/lib/canvas). */
export function moduleOf(source: string): string {
  const m = /node_modules\/((?:echarts|zrender)\/lib\/[^/]+(?:\/[^/.]+(?=\/))?)/.exec(source);
  return m ? m[1]! : ownerOf(source);
}

/** Splits a built file's code among the owners of its sources, using the file's source map. */
export function attributeFile(code: string, map: SourceMap, owner = ownerOf): Map<string, string[]> {
  const slices = new Map<string, string[]>();
  const add = (who: string, text: string) => {
    const list = slices.get(who);
    if (list) list.push(text);
    else slices.set(who, [text]);
  };
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((group, lineNo) => {
    const line = lines[lineNo] ?? '';
    let col = 0;
    // Each segment covers its column up to the next segment's; source indexes are deltas across lines.
    const segments = group === '' ? [] : group.split(',').map(decodeVlq);
    const starts: { col: number; owner: string }[] = [];
    for (const seg of segments) {
      col += seg[0]!;
      if (seg.length >= 4) source += seg[1]!;
      starts.push({ col, owner: seg.length >= 4 ? owner(map.sources[source] ?? '') : 'unmapped' });
    }
    if (starts.length === 0 || starts[0]!.col > 0) starts.unshift({ col: 0, owner: 'unmapped' });
    starts.forEach((s, i) => {
      const text = line.slice(s.col, starts[i + 1]?.col ?? line.length);
      // Dataset text inlined into the JavaScript (as `?raw` imports once did) has no mappings of its own;
      // its Chinese text gives it away, so such a regression shows as its own line.
      add(s.owner === 'unmapped' && CJK_HEAVY.test(text) ? DATASET : s.owner, text);
    });
  });
  return slices;
}

/** Bytes per owner across built files (paths relative to outDir, each with a `.map` beside it), largest first. */
export function attributeBytes(outDir: string, files: readonly string[], owner = ownerOf): Attribution[] {
  const all = new Map<string, string[]>();
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    const mapPath = join(outDir, `${file}.map`);
    // The bundler's own runtime chunk is emitted without a map.
    const map: SourceMap = existsSync(mapPath)
      ? (JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap)
      : { sources: [], mappings: '' };
    for (const [who, texts] of attributeFile(code, map, owner)) all.set(who, (all.get(who) ?? []).concat(texts));
  }
  return [...all]
    .map(([owner, texts]) => {
      const text = texts.join('');
      return { owner, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}
