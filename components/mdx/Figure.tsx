import type { ReactNode } from 'react';
import type { Image } from '@/lib/content/assets';

/**
 * An image the writeup carries in its folder, at its content-hashed address with its own width and
 * height (so the page does not shift as it loads), loaded as it scrolls into view.
 */
export function Figure({ src, alt, children }: { src: Image; alt: string; children?: ReactNode }) {
  return (
    <figure className="writeup-figure">
      <img src={src.src} width={src.width} height={src.height} alt={alt} loading="lazy" decoding="async" />
      {children ? <figcaption>{children}</figcaption> : null}
    </figure>
  );
}
