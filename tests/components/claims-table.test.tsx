// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ClaimsTable } from '../../src/components/ClaimsTable';
import type { Claim } from '../../src/data/claim';
import type { Source } from '../../src/data/source';
import type { TableOrder } from '../../src/domain/table-rows';

const source: Source = {
  id: 'src-a',
  shortZh: '通信世界',
  shortEn: 'CWW',
  title: '标题',
  titleEn: 'Title',
  outlet: '通信世界全媒体 (CWW)',
  author: '',
  url: '',
  published: '2024-12-23',
  dateInferred: false,
  language: 'zh',
  articleStart: '',
  articleEnd: '',
  quoted: '',
  readings: '',
  notes: '',
  line: 2,
};

const base: Omit<Claim, 'id' | 'quote' | 'figure' | 'value' | 'labelEn' | 'labelZh' | 'line'> = {
  sourceId: 'src-a',
  metric: 'market_size',
  subject: 'x',
  region: 'CN',
  qualifier: 'exactly',
  unit: 'USD',
  asOf: '2024-12-18',
  kind: 'observed',
  attributedTo: '何宝宏',
  topic: 'liquid_cooling',
  quoteEn: '',
  flags: [],
  note: '',
  year: 2023,
};

const claims: Claim[] = [
  {
    ...base,
    id: 'market',
    quote: '2023年中国液冷服务器市场规模15.5亿美元',
    figure: '15.5亿美元',
    value: 1.55e9,
    labelEn: 'Liquid cooling market',
    labelZh: '液冷服务器市场',
    line: 2,
  },
  {
    ...base,
    id: 'xss',
    quote: '<img src=x onerror="window.__xss=1">规模达到3亿美元',
    figure: '3亿美元',
    value: 3e8,
    labelEn: 'Injected <b>label</b>',
    labelZh: '注入',
    note: 'note <script>window.__xss=2</script>',
    line: 3,
  },
];

function Harness({ lang }: { lang: 'zh' | 'en' }) {
  const [search, setSearch] = useState('');
  const [order, setOrder] = useState<TableOrder>({ key: 'source', dir: 'asc' });
  return (
    <ClaimsTable
      claims={claims}
      sources={new Map([[source.id, source]])}
      lang={lang}
      search={search}
      order={order}
      onSearch={setSearch}
      onSort={(key) => setOrder((o) => ({ key, dir: o.key === key && o.dir === 'asc' ? 'desc' : 'asc' }))}
    />
  );
}

describe('<ClaimsTable>', () => {
  it('shows each claim with its formatted value, source and verbatim quote, figure emphasised', () => {
    render(<Harness lang="zh" />);
    const row = screen.getByRole('row', { name: /液冷服务器市场/ });
    expect(within(row).getByText('15.5亿美元', { selector: 'td' })).toBeInTheDocument();
    expect(within(row).getByText('15.5亿美元', { selector: 'strong' })).toBeInTheDocument();
    expect(within(row).getByText('通信世界全媒体 (CWW)')).toBeInTheDocument();
  });

  it('formats numbers the English way when the language is English', () => {
    render(<Harness lang="en" />);
    expect(screen.getByRole('row', { name: /Liquid cooling market/ })).toHaveTextContent('$1.55B');
  });

  it('filters by a search in Chinese or English and says how many rows show', async () => {
    render(<Harness lang="en" />);
    await userEvent.type(screen.getByRole('searchbox'), '液冷');
    expect(screen.getAllByRole('row')).toHaveLength(2); // header + one
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 2');
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'nothing-like-this');
    expect(screen.getByText('No claim matches.')).toBeInTheDocument();
  });

  it('sorts by value when the column header is clicked, and reverses on a second click', async () => {
    render(<Harness lang="en" />);
    const firstRowLabel = () => screen.getAllByRole('row')[1]!.querySelector('th')!.textContent;
    await userEvent.click(screen.getByRole('button', { name: /Value/ }));
    expect(firstRowLabel()).toMatch(/^Injected/);
    await userEvent.click(screen.getByRole('button', { name: /Value/ }));
    expect(firstRowLabel()).toMatch(/^Liquid cooling market/);
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('renders hostile text literally and runs none of it', () => {
    const { container } = render(<Harness lang="en" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=/, { selector: 'q' })).toBeInTheDocument();
    expect(screen.getByText(/Injected <b>label<\/b>/)).toBeInTheDocument();
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });
});
