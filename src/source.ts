/**
 * A file to scan, whatever it came from (working tree, git index, a commit of the history).
 * Plain data, so that it crosses into worker threads.
 */
export interface SourceFile {
  /** Relative to the scan root, forward slashes: what every output shows. */
  path: string;
  /** Where to read it from disk, when `content` is not given. */
  absolutePath?: string;
  /** The bytes, when the source already holds them (a git blob). */
  content?: Uint8Array;
  /** Over the size limit (a large bundle): scanned for keys only, never parsed. */
  keysOnly?: boolean;
  /**
   * The size limit, when the source did not know the size (the working-tree walk does not stat
   * every file): the reader applies `sizeVerdict` once it has the file open.
   */
  maxSize?: number;
  /** Set for history scans: the commit that introduced this blob. */
  origin?: { commit: string; date: string; author?: string };
}

/** Minified bundles over the size limit are still scanned, for keys only. */
const BUNDLE = /\.(m?js|cjs|css)$/i;

/** The size policy of every source: over the limit, only bundles are read, and for keys only. */
export function sizeVerdict(path: string, size: number, max: number): 'skip' | 'keysOnly' | 'full' {
  if (size <= max) return 'full';
  return BUNDLE.test(path) ? 'keysOnly' : 'skip';
}
