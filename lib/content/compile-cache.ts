/**
 * A disk cache for compiled MDX, keyed by a hash of the source and the compiler's versions.
 * Writes are atomic (temp file + rename) so that parallel build workers never read half a file;
 * only successful compiles are stored.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type CompileCache = {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
};

export function cacheKey(...parts: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

export function diskCache(dir: string): CompileCache {
  const fileFor = (key: string) => path.join(dir, `${key}.js`);
  return {
    get(key) {
      try {
        return fs.readFileSync(fileFor(key), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      fs.mkdirSync(dir, { recursive: true });
      const temp = `${fileFor(key)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      fs.writeFileSync(temp, value);
      fs.renameSync(temp, fileFor(key));
    },
  };
}
