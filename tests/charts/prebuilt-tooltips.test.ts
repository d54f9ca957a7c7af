import { describe, expect, it } from 'vitest';
import { prebuiltTooltips } from '../../src/charts/prebuilt-tooltips';
import { compareAll } from '../../src/domain/compare/normalise';
import { QUESTIONS } from '../../src/domain/compare/questions';
import { buildCompareOption } from '../../src/views/compare';
import { claimsOf, viewContext } from './view-context';

type Series = { silent?: boolean; data: { claimId?: string }[] };
type Option = { series: Series[]; tooltip: { formatter: (p: unknown) => string } };

const question = QUESTIONS[0]!;
const claims = claimsOf(question);
const draw = (narrow: boolean) =>
  buildCompareOption(compareAll(claims, question.units[0]!), claims, viewContext(), {
    unit: question.units[0]!,
    narrow,
  }).option;

describe('prebuiltTooltips', () => {
  it('writes out, for every mark of each drawing, exactly what the chart’s own formatter shows', () => {
    const wide = draw(false);
    const narrow = draw(true);
    const tips = prebuiltTooltips({ wide, narrow });
    for (const [name, option] of [['wide', wide], ['narrow', narrow]] as const) {
      const o = option as unknown as Option;
      let marks = 0;
      o.series.forEach((s, si) =>
        s.data.forEach((data, di) => {
          if (!data.claimId) return;
          marks++;
          const html = tips.html[tips.at[name]![`${si}:${di}`]!];
          expect(html).toBe(o.tooltip.formatter({ data, seriesIndex: si, dataIndex: di }));
          expect(html).toContain('tt-quote');
        }),
      );
      expect(marks).toBeGreaterThan(5);
    }
  });

  it('keeps each tooltip once, however many marks and drawings show its claim', () => {
    const tips = prebuiltTooltips({ wide: draw(false), narrow: draw(true) });
    expect(new Set(tips.html).size).toBe(tips.html.length);
    // One tooltip per claim drawn (a point and its range share one; both drawings share them all).
    const drawn = new Set(
      (draw(false) as unknown as Option).series.flatMap((s) => s.data.map((d) => d.claimId).filter(Boolean)),
    );
    expect(tips.html.length).toBe(drawn.size);
  });

  it('gives none to silent series, to series with their tooltip off, and to a chart without a formatter', () => {
    const formatter = (p: { data: { claimId: string } }) => `<b>${p.data.claimId}</b>`;
    const series = [
      { data: [{ claimId: 'a' }] },
      { silent: true, data: [{ claimId: 'b' }] },
      { tooltip: { show: false }, data: [{ claimId: 'c' }] },
    ];
    expect(prebuiltTooltips({ x: { tooltip: { formatter }, series } })).toEqual({
      html: ['<b>a</b>'],
      at: { x: { '0:0': 0 } },
    });
    expect(prebuiltTooltips({ x: { tooltip: {}, series } })).toEqual({ html: [], at: { x: {} } });
    expect(prebuiltTooltips({ x: { tooltip: { formatter, show: false }, series } }).html).toEqual([]);
  });
});
