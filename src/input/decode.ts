// Bytes -> text. UTF-8 with or without a byte order mark; UTF-16 (either byte order) only with its
// mark, which is how editors on Windows save it. Anything else is refused, never guessed at.
import { refuse } from './problems';

function decoded(encoding: string, bytes: Uint8Array): string {
  try {
    // `fatal`: a byte sequence that is not valid in the encoding is a refusal, not U+FFFD.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return refuse({ code: 'encoding' });
  }
}

export function decodeText(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  let text: string;
  // FF FE 00 00 is the mark of UTF-32, which no browser decodes: it falls to the NUL check below.
  if (a === 0xff && b === 0xfe && !(c === 0 && d === 0)) text = decoded('utf-16le', bytes);
  else if (a === 0xfe && b === 0xff) text = decoded('utf-16be', bytes);
  else {
    if (bytes.includes(0)) refuse({ code: 'binary' });
    text = decoded('utf-8', bytes);
  }
  // A NUL character in decoded text is a binary file that happened to start like a text.
  if (text.includes('\0')) refuse({ code: 'binary' });
  return text;
}

/** The UTF-8 size of a text, without encoding it when it is surely small enough. */
export function utf8Size(text: string, atLeast: number): number {
  return text.length * 3 <= atLeast ? text.length : new TextEncoder().encode(text).length;
}
