/**
 * A folder of build results keyed by a hash of their inputs. Writes are atomic (temp file +
 * rename) so that parallel workers never read half a file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type DiskCache = {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
};

export function cacheKey(...parts: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

export function diskCache(dir: string): DiskCache {
  let made = false;
  return {
    get(name) {
      try {
        return fs.readFileSync(path.join(dir, name), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(name, value) {
      if (!made) fs.mkdirSync(dir, { recursive: true });
      made = true;
      const file = path.join(dir, name);
      const temp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      fs.writeFileSync(temp, value);
      fs.renameSync(temp, file);
    },
  };
}
