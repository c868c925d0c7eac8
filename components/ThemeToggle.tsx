/**
 * A light/dark switch that remembers the reader's choice (components/enhance/theme-toggle.ts gives
 * it its behaviour). The site follows the system setting until the reader chooses.
 */
export function ThemeToggle() {
  return (
    <button type="button" className="theme-toggle js-only" aria-pressed="false" data-theme-toggle="">
      Dark theme
    </button>
  );
}
