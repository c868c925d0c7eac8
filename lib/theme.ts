/** The reader's light/dark choice: where it is remembered, and the head script that applies it. */
export const THEME_KEY = 'faultline-theme';

/**
 * Inlined in <head>: before first paint, marks the page as scripted (no-JS fallbacks never flash)
 * and applies a remembered theme (the wrong one never flashes either).
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()`;
