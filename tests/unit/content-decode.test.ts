// Bytes of a content file -> text: UTF-8 with or without BOM, UTF-16 with a BOM, newlines normalised;
// anything else refused by name with the line where it goes wrong.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/content/article.ts";
import { decodeBytes, normalizeNewlines, type Decoded } from "../../src/content/decode.ts";

const ARTICLE = '---\ntitle: "Київ: переговори"\nsource: "Укрінформ"\ndate: 2022-03-07\nlanguage: uk\n---\n\nДелегації зустрілися в Білорусі.\n';

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}

function utf16be(text: string): Buffer {
  const body = Buffer.from(text, "utf16le");
  body.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), body]);
}

function ok(decoded: Decoded): Extract<Decoded, { ok: true }> {
  if (!decoded.ok) throw new Error(`expected the bytes to decode, got: ${decoded.message}`);
  return decoded;
}

function refused(decoded: Decoded): Extract<Decoded, { ok: false }> {
  if (decoded.ok) throw new Error(`expected the bytes to be refused, got text: ${JSON.stringify(decoded.text)}`);
  return decoded;
}

describe("UTF-8", () => {
  it("plain UTF-8 (including 2-, 3- and 4-byte characters) decodes unchanged", () => {
    const text = "café – Київ – 🇺🇦\nline two\n";
    const d = ok(decodeBytes(Buffer.from(text, "utf8")));
    expect(d.text).toBe(text);
    expect(d.encoding).toBe("utf-8");
  });

  it("a UTF-8 byte-order mark is stripped", () => {
    const d = ok(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("---\ntitle: x\n", "utf8")])));
    expect(d.text).toBe("---\ntitle: x\n");
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.encoding).toBe("utf-8-bom");
  });

  it("an empty file is empty text", () => {
    expect(ok(decodeBytes(new Uint8Array())).text).toBe("");
  });
});

describe("line endings", () => {
  it("CRLF becomes \\n", () => {
    expect(ok(decodeBytes(Buffer.from("a\r\nb\r\n", "utf8"))).text).toBe("a\nb\n");
  });

  it("a lone CR becomes \\n", () => {
    expect(ok(decodeBytes(Buffer.from("a\rb\rc", "utf8"))).text).toBe("a\nb\nc");
  });

  it("mixed endings all become \\n, and CR CR LF is two line breaks", () => {
    expect(normalizeNewlines("a\r\nb\rc\nd\r\r\ne")).toBe("a\nb\nc\nd\n\ne");
  });

  it("a CRLF file with BOM is a valid article once decoded", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE.replace(/\n/g, "\r\n"), "utf8")]);
    const d = ok(decodeBytes(bytes));
    const result = parseArticle(d.text, "uk.md", "uk.md");
    expect(result.diagnostics).toEqual([]);
    expect(result.article!.title).toBe("Київ: переговори");
    expect(result.article!.body).not.toContain("\r");
  });
});

describe("UTF-16", () => {
  it("UTF-16LE with a BOM decodes, BOM stripped, newlines normalised", () => {
    const d = ok(decodeBytes(utf16le(ARTICLE.replace(/\n/g, "\r\n"))));
    expect(d.encoding).toBe("utf-16le");
    expect(d.text).toBe(ARTICLE);
  });

  it("UTF-16BE with a BOM decodes, BOM stripped, newlines normalised", () => {
    const d = ok(decodeBytes(utf16be(ARTICLE.replace(/\n/g, "\r\n"))));
    expect(d.encoding).toBe("utf-16be");
    expect(d.text).toBe(ARTICLE);
  });

  it("a UTF-16 article parses into the same article as its UTF-8 twin", () => {
    const fromUtf16 = parseArticle(ok(decodeBytes(utf16be(ARTICLE))).text, "uk.md", "uk.md");
    const fromUtf8 = parseArticle(ok(decodeBytes(Buffer.from(ARTICLE, "utf8"))).text, "uk.md", "uk.md");
    expect(fromUtf16.diagnostics).toEqual([]);
    expect(fromUtf16.article).toEqual(fromUtf8.article);
  });

  it("a UTF-16 file cut in the middle of a character is refused, naming UTF-16", () => {
    const bytes = Buffer.concat([utf16le("abc"), Buffer.from([0x41])]);
    const d = refused(decodeBytes(bytes));
    expect(d.message).toMatch(/UTF-16/);
  });
});

describe("bytes that are not text we accept", () => {
  it("Latin-1 bytes are refused with a message naming UTF-8 and the line of the bad byte", () => {
    // "é" in Latin-1 is the single byte 0xE9, on line 3.
    const bytes = Buffer.from('---\ntitle: "Talks"\nsource: "Le Monde caf\xe9"\ndate: 2022-03-07\n---\n', "latin1");
    expect(bytes.includes(0xe9)).toBe(true);
    const d = refused(decodeBytes(bytes));
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/UTF-8/);
    expect(d.message).toMatch(/E9/i);
    expect(d.message).toMatch(/line 3/);
  });

  it("the line of a Latin-1 byte is right in a CRLF file", () => {
    const d = refused(decodeBytes(Buffer.from("one\r\ntwo\r\ncaf\xe9\r\n", "latin1")));
    expect(d.line).toBe(3);
  });

  it("the line of a Latin-1 byte is right after valid multi-byte UTF-8 on earlier lines", () => {
    const bytes = Buffer.concat([Buffer.from("Київ\n🇺🇦\n", "utf8"), Buffer.from("caf\xe9\n", "latin1")]);
    const d = refused(decodeBytes(bytes));
    expect(d.line).toBe(3);
  });

  it("the line of a Latin-1 byte counts lone-CR line breaks, which the decoder accepts as line breaks", () => {
    // Old Mac files (Mac Roman / Latin-1 era) use CR alone; decodeBytes normalises CR to \n for valid files,
    // so the same line numbering must hold when it reports a bad byte: "caf\xe9" is on line 3.
    const d = refused(decodeBytes(Buffer.from("one\rtwo\rcaf\xe9\r", "latin1")));
    expect(d.line).toBe(3);
  });

  it("a UTF-8 BOM followed by Latin-1 bytes is refused with the right line", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("one\ntwo\nna\xefve\n", "latin1")]);
    const d = refused(decodeBytes(bytes));
    expect(d.line).toBe(3);
    expect(d.message).toMatch(/UTF-8/);
  });

  it("NUL bytes are refused as binary, with the line", () => {
    const d = refused(decodeBytes(Buffer.from("---\ntitle: x\nsou\0rce: y\n", "utf8")));
    expect(d.message).toMatch(/NUL/);
    expect(d.message).toMatch(/binary/);
    expect(d.line).toBe(3);
  });

  it("the line of a NUL byte counts lone-CR line breaks too", () => {
    const d = refused(decodeBytes(Buffer.from("one\rtwo\rx\0y\r", "utf8")));
    expect(d.line).toBe(3);
  });

  it("a PNG signature (binary) is refused", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes(png).ok).toBe(false);
  });
});
