/**
 * What every way in (the file picker, a share link, the command line) does to a
 * text before parsing it: drop a UTF-8 byte-order mark, and refuse a text too large
 * to validate without stalling the page (INPUT_LIMITS, docs/scenario-format.md).
 */
import { INPUT_LIMITS } from '../model';

const BOM = '\uFEFF';

/** Some Windows editors save UTF-8 with a byte-order mark; JSON.parse refuses it, the browser's File.text() drops it. */
export function stripByteOrderMark(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** UTF-8 length of `text` without encoding it (a UTF-16 surrogate pair is 4 bytes in UTF-8). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a text of `bytes` UTF-8 bytes is too large to open, naming the limit and the size found; null within the limit. */
export function tooManyBytes(bytes: number, what: string): string | null {
  if (bytes <= INPUT_LIMITS.maxFileBytes) return null;
  return (
    `${what} is ${mb(bytes)}; the playground opens scenarios of at most ${mb(INPUT_LIMITS.maxFileBytes)} ` +
    `(${INPUT_LIMITS.maxFileBytes.toLocaleString('en-US')} bytes), so checking one never stalls the page.`
  );
}

/** As tooManyBytes, for a text already read. */
export function tooLarge(text: string, what: string): string | null {
  // Each UTF-16 unit is at most 3 bytes: only a text near the limit needs counting.
  if (text.length * 3 <= INPUT_LIMITS.maxFileBytes) return null;
  return tooManyBytes(utf8Bytes(text), what);
}
