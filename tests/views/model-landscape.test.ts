import { FLAGS } from '../../src/data/vocabulary';
import { describe, expect, it } from 'vitest';
import { buildModelLandscapeOption, modelLandscapeView } from '../../src/views/model-landscape';
import { esc } from '../../src/charts/tooltip';
import type { Claim } from '../../src/data/claim';
import { axisOf, itemsFor, optionOf, tooltipOf } from '../charts/panel-option';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(modelLandscapeView);

describe('buildModelLandscapeOption()', () => {
  const r = buildModelLandscapeOption(topic, viewContext());

  it('shows or omits every claim of the topic, and says why the 25× and the one-year gap are left out', () => {
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(r.omitted.map((o) => o.claimId).sort()).toEqual(['tf-llama2-70b-vs-phi2-size', 'tq-open-closed-gap']);
    expect(r.omitted.find((o) => o.claimId === 'tq-open-closed-gap')!.reason).toBe(
      'a time gap in years; no other claim here shares its unit',
    );
    for (const id of r.shown) expect(itemsFor(r, id).length).toBeGreaterThan(0);
  });

  it('puts parameter counts on a log axis, and on a linear one when the toggle is off', () => {
    const params = axisOf(r, 'tf-phi2-params');
    expect(optionOf(r).xAxis[params]!.type).toBe('log');
    expect(r.hasLogAxis).toBe(true);
    expect(optionOf(r).title[params]!.text).toBe('Parameters (log scale)');
    const linear = buildModelLandscapeOption(topic, viewContext({ logScale: false }));
    expect(optionOf(linear).xAxis[axisOf(linear, 'tf-phi2-params')]!.type).toBe('value');
  });

  it('keeps parameters, model counts and percentages on separate axes', () => {
    const units = (axis: number) =>
      new Set(
        optionOf(r)
          .series.filter((s) => s.xAxisIndex === axis)
          .flatMap((s) => s.data.flatMap((d) => (d.claimId ? [claimById(d.claimId).unit] : []))),
      );
    expect([...units(axisOf(r, 'tf-gpt4-params'))]).toEqual(['params']);
    expect([...units(axisOf(r, 'gba-approved-models-2024'))]).toEqual(['count']);
    expect([...units(axisOf(r, 'he-open-model-capability-ratio'))]).toEqual(['percent']);
  });

  it('rings the source errors (Mixtral 7B, GPT-3.5 175B) and names their flag in the tooltip', () => {
    for (const id of ['tf-mixtral-8x7b-params', 'tf-gpt35-params']) {
      expect(itemsFor(r, id)[0]!.d.itemStyle).toMatchObject({ borderColor: '#d62728', borderWidth: 3 });
      expect(tooltipOf(r, id)).toContain(`⚠ ${esc(FLAGS.source_error.en)}`);
    }
    expect(itemsFor(r, 'tf-phi2-params')[0]!.d.itemStyle!['borderWidth']).toBe(2);
    expect(tooltipOf(r, 'tf-phi2-params')).not.toContain('tt-flag');
  });

  it('draws parameter ranges (百亿–千亿, 5亿–千亿) as intervals', () => {
    const scale = itemsFor(r, 'gba-llm-parameter-scale').find((x) => x.s.type === 'custom')!;
    expect((scale.d.value as number[]).slice(0, 2)).toEqual([1e10, 1e11]);
    const qwen = itemsFor(r, 'tq-qwen-open-parameter-range').find((x) => x.s.type === 'custom')!;
    expect((qwen.d.value as number[]).slice(0, 2)).toEqual([5e8, 1e11]);
  });

  it('splits the approved models in one stacked bar whose segments are the share claims', () => {
    const general = itemsFor(r, 'gba-general-model-share-2024')[0]!;
    const industry = itemsFor(r, 'gba-industry-model-share-2024')[0]!;
    expect(general.s.type).toBe('bar');
    expect(general.s.stack).toBeDefined();
    expect(general.s.stack).toBe(industry.s.stack);
    expect(general.d.value).toEqual([33.3333, 0]);
    expect(industry.d.value).toEqual([66.6667, 0]);
    expect(optionOf(r).xAxis[general.s.xAxisIndex]).toMatchObject({ min: 0, max: 100 });
  });

  it('switches headings and row labels to Chinese', () => {
    const zh = buildModelLandscapeOption(topic, viewContext({ lang: 'zh' }));
    expect(optionOf(zh).title.map((x) => x.text)).toEqual(['参数量（个，对数轴）', '模型数量（个）', '百分比']);
    expect(optionOf(zh).yAxis.flatMap((a) => a.data)).toContain('微软Phi-2参数量');
    expect(zh.omitted.find((o) => o.claimId === 'tq-open-closed-gap')!.reason).toMatch(/以年计/);
  });

  it('names the unit of a claim it has no panel for, in both languages', () => {
    const watts: Claim = { ...claimById('tf-phi2-params'), id: 'watts', unit: 'W' };
    for (const lang of ['en', 'zh'] as const)
      expect(buildModelLandscapeOption([watts], viewContext({ lang })).omitted[0]!.reason).toContain('W');
  });

  it('draws a forecast hollow and an observed figure filled', () => {
    const forecast: Claim = { ...claimById('tf-phi2-params'), id: 'next', kind: 'forecast', year: 2026 };
    const res = buildModelLandscapeOption([claimById('tf-phi2-params'), forecast], viewContext());
    expect(itemsFor(res, 'next')[0]!.d.itemStyle).toMatchObject({ color: '#ffffff', borderType: 'dashed' });
    expect(itemsFor(res, 'tf-phi2-params')[0]!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('escapes the quote in the tooltip', () => {
    const evil: Claim = {
      ...claimById('tf-phi2-params'),
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>',
      figure: '',
    };
    const html = tooltipOf(buildModelLandscapeOption([evil], viewContext()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
