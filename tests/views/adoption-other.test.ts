import { describe, expect, it } from 'vitest';
import { adoptionOtherView, buildAdoptionOtherOption } from '../../src/views/adoption-other';
import type { ViewResult } from '../../src/charts/view-types';
import type { Claim } from '../../src/data/claim';
import { axisOf, itemsFor, optionOf, tooltipOf } from '../charts/panel-option';
import { claimById, claimsOf, viewContext } from '../charts/view-context';

const topic = claimsOf(adoptionOtherView);

// The claims drawn in one panel, each once.
const claimsOnAxis = (r: ViewResult, axis: number) =>
  [
    ...new Set(
      optionOf(r)
        .series.filter((s) => s.xAxisIndex === axis)
        .flatMap((s) => s.data.flatMap((d) => (d.claimId ? [d.claimId] : []))),
    ),
  ].sort();

describe('buildAdoptionOtherOption()', () => {
  const r = buildAdoptionOtherOption(topic, viewContext());

  it('shows or omits every claim of the topic; only the top-10 rank is left out, with a reason', () => {
    expect([...r.shown, ...r.omitted.map((o) => o.claimId)].sort()).toEqual(topic.map((c) => c.id).sort());
    expect(r.omitted).toEqual([
      {
        claimId: 'tf-shanghai-innovation-top10',
        reason: 'a rank (such as "top 10") is a placing, not a quantity to plot',
      },
    ]);
  });

  it('puts all six percentages in one 0–100% panel, each row labelled by its claim', () => {
    const axis = axisOf(r, 'tq-chatbot-download-share-2023');
    expect(claimsOnAxis(r, axis)).toEqual(
      topic
        .filter((c) => c.unit === 'percent')
        .map((c) => c.id)
        .sort(),
    );
    expect(claimsOnAxis(r, axis)).toHaveLength(6);
    expect(optionOf(r).xAxis[axis]).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(optionOf(r).yAxis[axis]!.data).toContain('Bots carry over 50% of internet traffic');
    expect(itemsFor(r, 'he-bot-traffic-share')[0]!.d.label!.formatter()).toBe('>50%');
  });

  it('puts counts on a log axis (linear on request), user and agent ranges as intervals', () => {
    const axis = axisOf(r, 'tq-aigc-downloads-dec-2023');
    expect(optionOf(r).xAxis[axis]!.type).toBe('log');
    expect(claimsOnAxis(r, axis).every((id) => claimById(id).unit === 'count')).toBe(true);
    const agents = itemsFor(r, 'tq-agents-forecast').find((x) => x.s.type === 'custom')!;
    expect((agents.d.value as number[]).slice(0, 2)).toEqual([1e6, 9e6]);
    expect(itemsFor(r, 'tf-inference-users-vague').some((x) => x.s.type === 'custom')).toBe(true);
    const linear = buildAdoptionOtherOption(topic, viewContext({ logScale: false }));
    expect(optionOf(linear).xAxis[axisOf(linear, 'tq-aigc-downloads-dec-2023')]).toMatchObject({
      type: 'value',
      min: 0,
    });
  });

  it('puts data exhaustion on a year axis: 2026 as a point, 3–5 years from Dec 2024 as 2027–2029', () => {
    const point = itemsFor(r, 'tf-data-exhaustion-2026')[0]!;
    expect((point.d.value as number[])[0]).toBe(2026);
    const span = itemsFor(r, 'he-data-exhaustion-3-5-years').find((x) => x.s.type === 'custom')!;
    expect((span.d.value as number[]).slice(0, 2)).toEqual([2027, 2029]);
    expect(span.s.xAxisIndex).toBe(point.s.xAxisIndex);
    expect(optionOf(r).xAxis[point.s.xAxisIndex]).toMatchObject({ type: 'value', min: 1990, max: 2030 });
    expect(optionOf(r).xAxis[point.s.xAxisIndex]!.axisLabel.formatter(2026)).toBe('2026');
    expect(tooltipOf(r, 'he-data-exhaustion-3-5-years')).toContain(
      'drawn as 2027–2029 (counted from when it was said)',
    );
  });

  it('styles a forecast hollow and an observation filled', () => {
    expect(itemsFor(r, 'tf-data-exhaustion-2026')[0]!.d.itemStyle).toMatchObject({
      color: '#ffffff',
      borderType: 'dashed',
    });
    expect(itemsFor(r, 'tq-chatbot-download-share-2023')[0]!.d.itemStyle!['color']).not.toBe('#ffffff');
  });

  it('switches headings, labels and reasons to Chinese', () => {
    const zh = buildAdoptionOtherOption(topic, viewContext({ lang: 'zh' }));
    expect(optionOf(zh).title.map((x) => x.text)).toEqual([
      '百分比（占比或降幅）',
      '数量（个，对数轴）',
      '年份：数据耗尽与时间跨度',
    ]);
    expect(optionOf(zh).yAxis.flatMap((a) => a.data)).toContain('互联网超过50%的流量来自机器人');
    expect(zh.omitted[0]!.reason).toMatch(/名次/);
    expect(optionOf(zh).xAxis[axisOf(zh, 'tq-aigc-downloads-dec-2023')]!.axisLabel.formatter(1e8)).toBe('1亿');
  });

  it('omits a duration with no dated period, since it has no place on the year axis', () => {
    const loose: Claim = {
      ...claimById('he-internet-data-30-years'),
      id: 'loose',
      periodStart: undefined,
      periodEnd: undefined,
    };
    expect(buildAdoptionOtherOption([loose], viewContext()).omitted).toEqual([
      { claimId: 'loose', reason: 'a duration with no start and end year cannot go on the year axis' },
    ]);
  });

  it('escapes the quote in the tooltip', () => {
    const evil: Claim = {
      ...claimById('tq-chatbot-download-share-2023'),
      id: 'evil',
      quote: '<img src=x onerror=alert(1)>',
      figure: '',
    };
    const html = tooltipOf(buildAdoptionOtherOption([evil], viewContext()), 'evil');
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});
