/**
 * Where a build keeps what it makes besides out/: processed bodies, page digests, the search index
 * before it is published. FAULTLINE_WORK_DIR moves it, so that a test or a benchmark building another
 * corpus never touches the real build's files.
 */
import path from 'node:path';

export function workDir(...parts: string[]): string {
  return path.resolve(process.env.FAULTLINE_WORK_DIR ?? '.cache', ...parts);
}

/** The exported site: out/, or FAULTLINE_OUT_DIR (next.config.js reads the same variable). */
export function outDir(): string {
  return path.resolve(process.env.FAULTLINE_OUT_DIR ?? 'out');
}
