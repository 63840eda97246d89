/** Bytes → text, or undefined for a binary file (a NUL in the first 8000 bytes, as git decides). */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) {
    const utf16 = utf16WithoutBom(head);
    return utf16 ? new TextDecoder(utf16).decode(bytes) : undefined;
  }
  // Invalid UTF-8 sequences become U+FFFD: the rest of the file is still scanned.
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
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
