import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/read-dataset-files';
import { loadDataset } from '../../src/data/load-dataset';
import { checkUserClaims, userSourceId, userSourceToSource, withUserSources } from '../../src/data/user-source';
import { acceptedClaim, toDraft } from '../../src/extract/accept-proposal';
import { ARTICLE, proposalFor, userArticle } from '../fixtures/user-article';

describe('a user-added article', () => {
  it('gets a stable kebab-case id from its text, so the same article pasted twice is recognised', () => {
    expect(userSourceId(ARTICLE)).toBe(userSourceId(`${ARTICLE}`));
    expect(userSourceId(ARTICLE)).toMatch(/^yours-[0-9a-f]{8}$/);
    expect(userSourceId(`${ARTICLE}.`)).not.toBe(userSourceId(ARTICLE));
  });

  it('is a source whose whole text is the body, marked as the user’s', () => {
    const s = userSourceToSource(userArticle());
    expect(s).toMatchObject({ title: 'Liquid cooling goes mainstream', outlet: 'Example Weekly', published: '2025-03-01', dateInferred: false, userOwned: true, language: 'en' });
    expect(ARTICLE.startsWith(s.articleStart)).toBe(true);
    expect(ARTICLE.endsWith(s.articleEnd)).toBe(true);
  });

  it('has its accepted claims checked by the curated rules: a value the figure does not state is refused', () => {
    const u = userArticle();
    const good = acceptedClaim(toDraft(proposalFor('USD 4.8 billion', { value: 4.8e9, year: 2024 }), 'en'), u, 1);
    const bad = acceptedClaim(toDraft(proposalFor('USD 21 billion', { value: 2.1e9, year: 2030, kind: 'forecast' }), 'en'), u, 2);
    const r = checkUserClaims({ ...u, claims: [good, bad] });
    expect(r.valid.map((c) => c.id)).toEqual([good.id]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.reason).toMatch(/2100000000 is not a number the figure "USD 21 billion" states/);
  });

  it('joins the dataset: its source, text, checked claims and quote offsets', () => {
    const d = loadDataset(readDatasetFiles('data'));
    const u = userArticle();
    const claim = acceptedClaim(toDraft(proposalFor('USD 4.8 billion', { value: 4.8e9, year: 2024 }), 'en'), u, 1);
    const joined = withUserSources(d, [{ ...u, claims: [claim] }]);
    expect(joined.claims).toHaveLength(d.claims.length + 1);
    expect(joined.sources.at(-1)!.userOwned).toBe(true);
    expect(joined.sourceTexts.get(u.id)).toBe(ARTICLE);
    const at = joined.offsets.get(claim.id)!;
    expect(ARTICLE.slice(at.start, at.end)).toBe(claim.quote);
    expect(joined.claims.at(-1)!.userData).toEqual({ file: 'Liquid cooling goes mainstream', hasSource: true });
    expect(withUserSources(d, [])).toBe(d);
  });
});
