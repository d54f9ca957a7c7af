import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../../scripts/read-dataset-files';
import { loadDataset } from '../../../src/data/load-dataset';
import { compareAll } from '../../../src/domain/compare/normalise';
import { QUESTIONS, questionForPins } from '../../../src/domain/compare/questions';
import { claim } from './claim-fixture';

const dataset = loadDataset(readDatasetFiles('data'));
const question = (id: string) => QUESTIONS.find((q) => q.id === id)!;
const idsOf = (id: string) =>
  dataset.claims
    .filter(question(id).select)
    .map((c) => c.id)
    .sort();

describe('QUESTIONS on the real data', () => {
  it('has the nine questions, each with a method in both languages and a default unit', () => {
    expect(QUESTIONS.map((q) => q.id)).toEqual([
      'compute-growth',
      'china-compute-scale',
      'market-size-cny',
      'market-size-usd',
      'training-cost-usd',
      'data-exhaustion',
      'electricity-share',
      'model-counts',
      'parameters',
    ]);
    for (const q of QUESTIONS) {
      expect(q.method.en.length).toBeGreaterThan(20);
      expect(q.method.zh.length).toBeGreaterThan(10);
      expect(q.units.length).toBeGreaterThan(0);
    }
  });

  it('compute growth: the eight AI rates, not Moore’s law (the yardstick) nor the multiple without a time span', () => {
    const ids = idsOf('compute-growth');
    expect(ids).toHaveLength(8);
    expect(ids).toContain('tf-compute-doubling-2023');
    expect(ids).toContain('gba-compute-growth-early');
    expect(ids).not.toContain('tq-moores-law-jiang');
    expect(ids).not.toContain('tq-amodei-hardware-growth');
    expect(question('compute-growth').units).toEqual(['doubling_months', 'x_per_year', 'annual_percent']);
  });

  it('every claim a question selects can be put in each of its units', () => {
    for (const q of QUESTIONS) {
      const claims = dataset.claims.filter(q.select);
      for (const unit of q.units) expect(compareAll(claims, unit).length, `${q.id} in ${unit}`).toBe(claims.length);
    }
  });

  it('China compute scale: EFLOPS claims and Pengcheng’s 16,000 PFLOPS', () => {
    expect(idsOf('china-compute-scale')).toEqual([
      'gba-pengcheng-iii-capacity',
      'tq-china-compute-2026',
      'tq-guian-compute-2024',
      'tq-guizhou-compute-target-2024',
    ]);
  });

  it('money questions keep yuan and dollars apart and compare like with like', () => {
    const cny = idsOf('market-size-cny');
    const usd = idsOf('market-size-usd');
    expect(cny).toEqual(['kpmg-compute-core-industry-2025', 'kpmg-compute-related-industry-2025']);
    expect(usd).toEqual(['he-ai-revenue-gap', 'he-ai-revenue-needed', 'he-liquid-cooling-market-2023']);
    // Training costs are their own question; a rocket part and a valuation are in none.
    expect(idsOf('training-cost-usd')).toEqual(['gba-gpt3-training-cost', 'tq-amodei-training-cost-2027']);
    const all = QUESTIONS.flatMap((q) => idsOf(q.id));
    expect(all).not.toContain('tf-rocket-component-cost');
    expect(all).not.toContain('tq-closed-model-subscription');
  });

  it('data exhaustion: the calendar year and the "within 3~5 years"', () => {
    expect(idsOf('data-exhaustion')).toEqual(['he-data-exhaustion-3-5-years', 'tf-data-exhaustion-2026']);
  });

  it('electricity share: the share of electricity and electricity’s share of training cost', () => {
    expect(idsOf('electricity-share')).toEqual([
      'he-aidc-electricity-share-2030',
      'tf-electricity-share-training-cost',
    ]);
  });

  it('model counts and parameter counts (not a "25 times larger")', () => {
    expect(idsOf('model-counts')).toEqual([
      'gba-approved-models-2024',
      'gba-hkust-medical-models',
      'tf-shanghai-incubated-models',
    ]);
    const params = idsOf('parameters');
    expect(params).toHaveLength(10);
    expect(params).not.toContain('tf-llama2-70b-vs-phi2-size');
  });
});

describe('questionForPins()', () => {
  it('puts mixed pinned claims in one panel per unit family, in order of first appearance', () => {
    const pins = [
      claim({ id: 'months', unit: 'doubling_months', value: 6 }),
      claim({ id: 'yuan', metric: 'market_size', unit: 'CNY', value: 1e9 }),
      claim({ id: 'per-year', unit: 'x_per_year', value: 10 }),
      claim({ id: 'dollars', metric: 'cost', unit: 'USD', value: 1e6 }),
      claim({ id: 'pflops', metric: 'compute_capacity', unit: 'PFLOPS', value: 16000 }),
      claim({ id: 'watts', metric: 'power_draw', unit: 'W', value: 700 }),
    ];
    const panels = questionForPins(pins);
    expect(panels.map((p) => [p.unit, p.claims.map((c) => c.id)])).toEqual([
      ['doubling_months', ['months', 'per-year']],
      ['CNY', ['yuan']],
      ['USD', ['dollars']],
      ['EFLOPS', ['pflops']],
    ]);
    const growth = panels[0]!.question;
    expect(growth.units).toEqual(['doubling_months', 'x_per_year', 'annual_percent']);
    expect(growth.select(pins[2]!)).toBe(true);
    expect(growth.select(pins[1]!)).toBe(false);
    expect(growth.method.en).toMatch(/2\^\(12 \/ doubling months\)/);
  });

  it('returns no panel for nothing pinned', () => {
    expect(questionForPins([])).toEqual([]);
  });
});
