// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { SourceReader } from '../../src/components/SourceReader';
import { loadDataset } from '../../src/data/load-dataset';
import { sentencesCovering } from '../../src/data/article-translation';
import { buildProvenance } from '../../src/domain/provenance';

const d = loadDataset(readDatasetFiles('data'));
const open = (id: string, lang: 'zh' | 'en' = 'en', onClose = () => {}) => {
  const claim = d.claims.find((c) => c.id === id)!;
  const source = d.sources.find((s) => s.id === claim.sourceId)!;
  return render(
    <SourceReader
      claim={claim}
      provenance={buildProvenance(claim, source)}
      translation={d.translations.get(source.id)}
      source={source}
      text={d.sourceTexts.get(source.id)!}
      offsets={d.offsets.get(id)!}
      lang={lang}
      onClose={onClose}
    />,
  );
};

describe('<SourceReader>', () => {
  it('marks exactly the quoted sentence inside the article text', () => {
    const { container } = open('he-liquid-cooling-cagr-2023-2028');
    const marks = container.querySelectorAll('.reader-text[lang="zh"] mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(d.claims.find((c) => c.id === 'he-liquid-cooling-cagr-2023-2028')!.quote);
    // The article body only: the page furniture after it is not shown.
    expect(container.querySelector('.reader-text')!.textContent).not.toContain('最新文章');
  });

  it('in English, marks the same sentence in the aligned translation beside the article', async () => {
    const id = 'he-liquid-cooling-cagr-2023-2028';
    const { container } = open(id);
    const pane = screen.getByRole('region', { name: "English translation (by the dataset's curators)" });
    const sentence = sentencesCovering(d.translations.get('caict-he-2024')!, d.offsets.get(id)!);
    expect([...pane.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(sentence.map((s) => s.english));
    expect(sentence[0]!.english).toContain('45.8%');
    // The claim's own translation, labelled as ours, above the verbatim original, the figure in bold in both.
    const quotes = container.querySelectorAll('.reader-quotes blockquote');
    expect(quotes[0]!.textContent).toBe(d.claims.find((c) => c.id === id)!.quoteEn);
    expect(quotes[0]!.querySelector('b')!.textContent).toBe('45.8%');
    expect(quotes[1]!.querySelector('b')!.textContent).toBe('45.8%');
    expect(screen.getByText("Translation (by the dataset's curators, not the outlet)")).toBeInTheDocument();
    // The switch shows the whole translation: every sentence of the article, the same one still marked.
    const box = pane.querySelector('.reader-text')!;
    const before = box.textContent!.length;
    await userEvent.click(screen.getByRole('switch', { name: 'Read the whole translation' }));
    expect(box.textContent!.length).toBeGreaterThan(before);
    for (const s of d.translations.get('caict-he-2024')!.sentences) expect(box.textContent).toContain(s.english);
    expect(pane.querySelectorAll('mark')).toHaveLength(sentence.length);
  });

  it('in Chinese, stays as it was: the article alone, no translation', () => {
    const { container } = open('he-liquid-cooling-cagr-2023-2028', 'zh');
    expect(screen.queryByRole('region', { name: /translation/i })).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });

  it('names the speaker in English and lists the curators\' flags', () => {
    open('he-aidc-electricity-share-2030');
    expect(screen.getByText(/Said by: He Baohong \(CAICT\)/)).toBeInTheDocument();
    expect(screen.getByText('⚠ Far outside other projections')).toHaveClass('flag');
  });

  it('shows the source error flag and the note of a wrong claim', () => {
    open('tf-llama-65b-electricity-cost-written');
    expect(screen.getByText(/SOURCE ARITHMETIC ERROR/)).toHaveClass('flag');
  });

  it('links to the original page with a text fragment when the source has a URL', () => {
    open('tf-compute-doubling-2023');
    const link = screen.getByRole('link', { name: /Open the original page/ });
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/baijiahao\.baidu\.com\/s\?id=1788171450297895305&wfr=spider&for=pc#:~:text=/,
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('lists the garbled words of a republished article with their readings', () => {
    open('gba-gpt3-training-cost', 'zh');
    expect(screen.getByText('好意思元 → 美元')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /打开原网页/ })).toBeNull();
  });

  it('carries a W3C quote selector with prefix and suffix', () => {
    const { container } = open('he-aidc-electricity-share-2030');
    const sel = JSON.parse(container.querySelector('.selector')!.textContent!);
    expect(sel.quote.type).toBe('TextQuoteSelector');
    expect(sel.quote.exact).toBe('2030年AIDC耗电量将占全球总电量的20%');
    expect(Array.from(sel.quote.prefix as string)).toHaveLength(32);
  });

  it('closes on Escape', async () => {
    const onClose = vi.fn();
    open('he-aidc-electricity-share-2030', 'en', onClose);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
