import { t } from '../domain/messages';
import { useAppStore } from '../state/store';

/** Language and theme switches in the page header. */
export function HeaderControls() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div className="header-controls">
      <div role="group" aria-label={t('language', lang)} className="segmented">
        {(['zh', 'en'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>
            {l === 'zh' ? '中文' : 'English'}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('theme', lang)} className="segmented">
        {(['system', 'light', 'dark'] as const).map((th) => (
          <button key={th} type="button" aria-pressed={theme === th} onClick={() => setTheme(th)}>
            {t(th === 'system' ? 'themeSystem' : th === 'light' ? 'themeLight' : 'themeDark', lang)}
          </button>
        ))}
      </div>
    </div>
  );
}
