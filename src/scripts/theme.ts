/**
 * The theme button cycles auto → light → dark. The choice lives in localStorage and on <html data-theme>;
 * the inline script in <head> re-applies it before first paint, so there is no flash of the wrong theme.
 */
const ORDER = ['auto', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];

export function installThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('#theme-toggle');
  if (!button) return;
  const current = (): Theme => {
    const t = document.documentElement.dataset.theme;
    return t === 'light' || t === 'dark' ? t : 'auto';
  };
  const show = () => (button.textContent = `Theme: ${current()}`);
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!;
    if (next === 'auto') {
      delete document.documentElement.dataset.theme;
      try {
        localStorage.removeItem('theme');
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    } else {
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        /* as above */
      }
    }
    show();
  });
}
