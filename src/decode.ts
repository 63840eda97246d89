export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How the bytes hold text, or undefined for a binary file (a NUL in the first 8000 bytes, as git decides). */
export function textEncodingOf(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return utf16WithoutBom(head);
  return 'utf-8';
}

/** Bytes → text. Invalid UTF-8 sequences become U+FFFD: the rest of the file is still scanned. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const bom = encoding !== 'utf-8' && bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe) && (bytes[1] === 0xfe || bytes[1] === 0xff);
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bom ? bytes.subarray(2) : bytes);
}

/**
 * UTF-16 text saved without a byte order mark (PowerShell, some Windows editors): mostly ASCII, so
 * every other byte is NUL and the bytes between them almost never are. A binary file's NULs fall anywhere.
 */
function utf16WithoutBom(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = head.length >> 1;
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  // A few characters of the other parity (U+0100…, U+DC00…) have a NUL byte too.
  if (oddZeros >= pairs / 4 && evenZeros <= oddZeros / 16) return 'utf-16le';
  if (evenZeros >= pairs / 4 && oddZeros <= evenZeros / 16) return 'utf-16be';
  return undefined;
}

/** A minified bundle: long average line length. Such files are scanned for keys only. */
export function isMinified(path: string, text: string): boolean {
  if (/\.min\.(js|mjs|cjs|css)$/i.test(path)) return true;
  if (text.length < 20_000) return false;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines > 500;
}
