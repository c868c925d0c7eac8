/** The theme switch's behaviour (components/ThemeToggle.tsx): flip, remember, say which is on. */
import { THEME_KEY } from '@/lib/theme';

function effectiveDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function enhanceThemeToggle(button: HTMLButtonElement): void {
  const show = () => button.setAttribute('aria-pressed', String(effectiveDark()));
  show();
  button.addEventListener('click', () => {
    const theme = effectiveDark() ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    show();
  });
}
