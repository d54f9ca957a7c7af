// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildViews } from '../../src/charts/build-views';
import type { ViewContext, ViewSpec } from '../../src/charts/view-types';
import { ChartCard } from '../../src/components/ChartCard';

const ctx: ViewContext = { lang: 'en', sources: new Map(), logScale: true, dark: false, flagged: new Set() };
const broken: ViewSpec = {
  id: 'market-size',
  title: { zh: '坏图', en: 'Broken view' },
  subtitle: { zh: '', en: 'unit' },
  select: () => true,
  build: () => {
    throw new Error('boom: bad data');
  },
};
const empty: ViewSpec = {
  ...broken,
  id: 'timeline',
  title: { zh: '空', en: 'Empty view' },
  build: () => ({ option: {}, shown: [], omitted: [], hasLogAxis: false }),
};

describe('<ChartCard>', () => {
  it('shows a failing view as a message inside its own card, and the next card still renders', () => {
    const built = buildViews([broken, empty], [], ctx);
    expect(built[0]!.result).toBeInstanceOf(Error);
    render(
      <>
        {built.map((b) => (
          <ChartCard
            key={b.spec.id}
            spec={b.spec}
            filtered={[]}
            later={b}
            ctx={ctx}
            onSelectClaim={() => {}}
            onToggleLog={() => {}}
          />
        ))}
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This chart could not be drawn: boom: bad data');
    expect(screen.getByRole('heading', { name: 'Empty view' })).toBeInTheDocument();
    expect(screen.getByText('No claim of this view matches the filters.')).toBeInTheDocument();
  });
});
