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
  /** Set for history scans: the commit that introduced this blob. */
  origin?: { commit: string; date: string; author?: string };
}
