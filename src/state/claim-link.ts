/** What an old link becomes once renamed claim ids in it are replaced by their ids now. */
export interface RedirectedLink {
  /** The query string to use (`?…`, or '' when empty); unchanged when nothing was renamed. */
  search: string;
  /** The claim the link opens, when it was linked by an old id. */
  renamed?: { from: string; to: string };
}

/**
 * Rewrites the claim ids of a link that were renamed since it was made (data/claim-renames.csv): the open
 * claim (`claim`) and the pinned ones (`pins`). Pure; the page calls it before it reads the URL, so an old
 * link opens the claim under its new id and can say so.
 */
export function redirectRenamedClaims(search: string, renames: ReadonlyMap<string, string>): RedirectedLink {
  if (renames.size === 0) return { search };
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search);
  } catch {
    return { search };
  }
  let changed = false;
  let renamed: RedirectedLink['renamed'];
  const claim = q.get('claim');
  const to = claim === null ? undefined : renames.get(claim);
  if (claim !== null && to !== undefined) {
    q.set('claim', to);
    renamed = { from: claim, to };
    changed = true;
  }
  const pins = q.get('pins');
  if (pins !== null) {
    const ids = pins.split(',').map((id) => renames.get(id.trim()) ?? id);
    if (ids.join(',') !== pins) {
      q.set('pins', ids.join(','));
      changed = true;
    }
  }
  if (!changed) return { search };
  const out = q.toString();
  return { search: out ? `?${out}` : '', ...(renamed && { renamed }) };
}
