/** The sharded index's files as both sides see them: written by shards.ts, read by sharded.ts. */
import type { SearchLabel } from './fields';

export type ShardManifest = {
  version: 2;
  fields: string[];
  documents: number;
  /** First term of each posting chunk, ascending: p/<i>.json holds terms from chunks[i] up to chunks[i+1]. */
  chunks: string[];
  /** First characters of words that have a dictionary piece, d/<code point>.json (numbers and pairs have none). */
  pieces: string[];
  /** s/<i>.json holds documents i*storeSize … (i+1)*storeSize-1. */
  storeSize: number;
  classTitles: Record<string, string>;
  /**
   * Where the files are, relative to the manifest. The copy at /search-index/manifest.json (the one
   * URL pages know, so that a content change does not change every page) points into the build's
   * <hash>/ folder; the copy inside that folder has none.
   */
  base?: string;
};

/**
 * One posting chunk: the postings of its terms, and the labels (title, link, type, date) of each
 * term's best documents, so that a query's results can usually be listed as soon as its postings
 * arrive — one round trip.
 */
export type PostingChunk = {
  /** Postings of each term: flat [fieldIndex, documentRef, weight, …]. */
  postings: Record<string, number[]>;
  /** By document ref: the labels of the LABELS_PER_TERM highest-weighted documents of each term. */
  labels: Record<string, SearchLabel>;
};

/** A term's best documents whose labels travel with its postings: one page of results. */
export const LABELS_PER_TERM = 10;

export const chunkFile = (i: number) => `p/${i}.json`;
export const pieceFile = (key: string) => `d/${key.codePointAt(0)}.json`;
export const storeFile = (i: number) => `s/${i}.json`;
