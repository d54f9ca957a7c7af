// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/charts/build-views';
import { liquidCoolingView } from '../../src/views/liquid-cooling';
import { ChartCard } from '../../src/components/ChartCard';
import { ViewSources } from '../../src/components/ViewSources';
import { claimById, claimsOf, dataset, viewContext } from '../charts/view-context';

const sources = new Map(dataset.sources.map((s) => [s.id, s]));
const claims = claimsOf(liquidCoolingView);

describe('<ViewSources>', () => {
  it("lists each source numbered as its footnote, with this view's verbatim sentences and, in English, the translation", () => {
    render(<ViewSources claims={claims} sources={sources} lang="en" onSelectClaim={() => {}} />);
    const section = screen.getByRole('region', { name: 'Sources and their sentences' });
    const c = claimById('he-liquid-cooling-market-2023');
    const item = section.querySelector(`li[data-claim-id="${c.id}"]`)!;
    expect(item.querySelector('blockquote[lang="zh"]')!.textContent).toBe(c.quote);
    expect(item.querySelector('blockquote[lang="en"]')!.textContent).toBe(c.quoteEn);
    expect(within(section).getByRole('heading', { level: 3 }).textContent).toMatch(/^① /);
    expect(section.querySelectorAll('li[data-claim-id]')).toHaveLength(claims.length);
  });

  it('shows the original alone in Chinese', () => {
    render(<ViewSources claims={claims} sources={sources} lang="zh" onSelectClaim={() => {}} />);
    expect(document.querySelectorAll('blockquote[lang="en"]')).toHaveLength(0);
    expect(document.querySelectorAll('blockquote[lang="zh"]')).toHaveLength(claims.length);
  });
});

describe('<ChartCard titleHref>', () => {
  it("links the card's title to the view's own page", () => {
    const ctx = viewContext();
    render(
      <ChartCard
        spec={liquidCoolingView}
        filtered={[]}
        later={buildView(liquidCoolingView, [], ctx)}
        ctx={ctx}
        onSelectClaim={() => {}}
        onToggleLog={() => {}}
        titleHref="?lang=en&view=liquid-cooling"
      />,
    );
    const heading = screen.getByRole('heading', { name: 'Liquid-cooled servers' });
    expect(within(heading).getByRole('link').getAttribute('href')).toBe('?lang=en&view=liquid-cooling');
  });
});
