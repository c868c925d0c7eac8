'use client';
/**
 * A light/dark switch that remembers the reader's choice. The site follows the system setting until
 * the reader chooses; THEME_SCRIPT, inlined in <head>, applies a remembered choice before first paint.
 */
import { useEffect, useState } from 'react';

const KEY = 'faultline-theme';

export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()`;

function effectiveDark(): boolean {
  const chosen = document.documentElement.dataset.theme;
  return chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function ThemeToggle() {
  const [dark, setDark] = useState<boolean>();
  useEffect(() => setDark(effectiveDark()), []);

  function toggle() {
    const next = !effectiveDark();
    document.documentElement.dataset.theme = next ? 'dark' : 'light';
    try {
      localStorage.setItem(KEY, next ? 'dark' : 'light');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setDark(next);
  }

  return (
    <button type="button" className="theme-toggle js-only" aria-pressed={dark ?? false} onClick={toggle}>
      Dark theme
    </button>
  );
}
