// Bytes of a content file -> text. UTF-8 with or without a byte-order mark, UTF-16 with one;
// line endings normalised to \n. Anything else is refused by name rather than shown garbled.

export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" }
  | { ok: false; message: string; line: number };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), "utf-8-bom");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");
  return utf8(bytes, "utf-8");
}

export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function utf8(bytes: Uint8Array, encoding: "utf-8" | "utf-8-bom"): Decoded {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return finish(text, encoding);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      line,
      message: `is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} at line ${line}; the file looks like Latin-1 or Windows-1252)`,
    };
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  try {
    return finish(new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding);
  } catch {
    return { ok: false, line: 1, message: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}` };
  }
}

function finish(decoded: string, encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be"): Decoded {
  const text = normalizeNewlines(decoded);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return { ok: false, line: text.slice(0, nul).split("\n").length, message: "contains NUL characters: it looks like a binary file, not text" };
  }
  return { ok: true, text, encoding };
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Lines end with LF, CRLF or a lone CR, as normalizeNewlines() has it. */
function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}
