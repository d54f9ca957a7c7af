import type { UserSourcesHandle } from '../state/user-sources-store';
import type { Lang } from '../domain/format-number';
import { t } from '../domain/messages';

/** The articles the user keeps: each with its claim count, a download for the curated dataset, and Remove. */
export function KeptSources({ lang, user }: { lang: Lang; user: UserSourcesHandle }) {
  if (user.sources.length === 0 && !user.notice) return null;
  async function download(id: string) {
    const u = user.sources.find((s) => s.id === id);
    if (!u) return;
    const [{ sourceBundleFiles }, { zipFiles }, { downloadBlob }] = await Promise.all([
      import('../export/source-bundle'),
      import('../export/zip-export'),
      import('../export/download'),
    ]);
    downloadBlob(await zipFiles(sourceBundleFiles(u)), `${u.id}-bundle.zip`);
  }
  return (
    <section className="kept-sources" aria-labelledby="kept-sources-title">
      <h3 id="kept-sources-title">{t('keptSources', lang)}</h3>
      {user.notice && (
        <p className="status error" role="alert">
          {user.notice.text}
        </p>
      )}
      <ul>
        {user.sources.map((u) => {
          const title = u.meta.title || u.id;
          return (
            <li key={u.id} data-user-source={u.id}>
              <b>{title}</b>{' '}
              <span className="muted">
                {t('keptSourceLine', lang, { n: u.claims.length, date: u.addedAt.slice(0, 10) })}
              </span>{' '}
              <button type="button" onClick={() => void download(u.id)}>
                {t('downloadBundle', lang)}
              </button>{' '}
              <button type="button" onClick={() => void user.remove(u.id)}>
                {t('removeSource', lang, { title })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
