/**
 * Cuts a built lunr index into files a browser fetches on demand. lunr's serialised field vectors
 * already hold each term's final weight in each field of each document, so the index is regrouped
 * by term — postings of [field, document, weight] — and cut into term-range chunks; a sharded
 * query (sharded.ts) scores with exactly those weights. Beside them: dictionary pieces (the words
 * starting with one character, for corrections and completions), the document store in small
 * chunks, and a manifest that says which file holds what. Every file name carries its content hash.
 */
import crypto from 'node:crypto';
import { searchLabel, type SearchPayload } from './fields';
import { chunkFile, pieceFile, LABELS_PER_TERM, storeFile, type PostingChunk, type ShardManifest } from './shard-format';
import { isPair, pieceKey } from './terms';

/** Raw bytes a posting chunk aims at (a single term's postings may exceed it). */
const CHUNK_TARGET = 16 * 1024;
/** Documents per store chunk: a page of results touches a few small files. */
const STORE_SIZE = 16;

type LunrJson = {
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, { _index: number }][];
};

export type ShardFiles = {
  manifest: ShardManifest;
  /** Relative file name → content, the manifest included (manifest.json). */
  files: Map<string, string>;
  /** A hash of every file: the name of the folder to publish them in. */
  hash: string;
};

export function shardIndex(payload: SearchPayload): ShardFiles {
  const index = payload.index as LunrJson;
  const fieldIndex = new Map(index.fields.map((f, i) => [f, i]));
  const termOf: string[] = [];
  for (const [term, posting] of index.invertedIndex) termOf[posting._index] = term;

  const postings = new Map<string, number[]>();
  for (const [fieldRef, vector] of index.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldIndex.get(fieldRef.slice(0, slash))!; // lunr writes "field/ref" for its own fields
    const ref = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < vector.length; i += 2) {
      const term = termOf[vector[i]];
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(field, ref, vector[i + 1]);
    }
  }

  const files = new Map<string, string>();
  const labels = payload.documents.map(searchLabel);
  const terms = [...postings.keys()].sort();
  const chunks: string[] = [];
  let current: PostingChunk = { postings: {}, labels: {} };
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    files.set(chunkFile(chunks.length - 1), JSON.stringify(current));
    current = { postings: {}, labels: {} };
    size = 0;
  };
  for (const term of terms) {
    const list = postings.get(term)!;
    const bytes = term.length + list.length * 6;
    if (size > 0 && size + bytes > CHUNK_TARGET) flush();
    if (size === 0) chunks.push(term);
    current.postings[term] = list;
    for (const ref of bestDocuments(list)) current.labels[ref] = labels[ref];
    size += bytes;
  }
  flush();

  const byFirst = new Map<string, string[]>();
  for (const term of terms) {
    if (isPair(term) || !/^\p{L}/u.test(term)) continue;
    const key = pieceKey(term);
    (byFirst.get(key) ?? byFirst.set(key, []).get(key)!).push(term);
  }
  const pieces = [...byFirst.keys()].sort();
  for (const key of pieces) files.set(pieceFile(key), JSON.stringify(byFirst.get(key)));

  for (let i = 0; i * STORE_SIZE < payload.documents.length; i++) {
    files.set(storeFile(i), JSON.stringify(payload.documents.slice(i * STORE_SIZE, (i + 1) * STORE_SIZE)));
  }

  const manifest: ShardManifest = {
    version: 2,
    fields: index.fields,
    documents: payload.documents.length,
    chunks,
    pieces,
    storeSize: STORE_SIZE,
    classTitles: payload.classTitles,
  };
  files.set('manifest.json', JSON.stringify(manifest));
  const hash = crypto.createHash('sha256');
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\0${content}\0`);
  return { manifest, files, hash: hash.digest('hex').slice(0, 16) };
}

/**
 * A term's highest-weighted documents, as a one-word query ranks them (weight summed over fields,
 * ties in document order), in ascending ref order so that a chunk's JSON is the same every build.
 */
function bestDocuments(list: number[]): number[] {
  const weight = new Map<number, number>();
  for (let i = 0; i < list.length; i += 3) weight.set(list[i + 1], (weight.get(list[i + 1]) ?? 0) + list[i + 2]);
  return [...weight]
    .sort(([a, wa], [b, wb]) => wb - wa || a - b)
    .slice(0, LABELS_PER_TERM)
    .map(([ref]) => ref)
    .sort((a, b) => a - b);
}
