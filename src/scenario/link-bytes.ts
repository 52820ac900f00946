// The byte-level parts of the share link, with no knowledge of scenarios:
// base64url (the same in Node and browsers), CRC-32 (the link's integrity
// check) and an inflater that stops at a size cap.
import { Inflate } from 'fflate';

/**
 * Compressed bytes fed to the inflater at a time. DEFLATE expands at most
 * ~1032:1, so one step can overshoot the cap by about 1 MB, never more.
 */
const INFLATE_STEP_BYTES = 1024;

/**
 * Inflates raw DEFLATE data a small step at a time, giving up as soon as the
 * output passes `maxBytes`, so memory stays bounded whatever the input says.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | 'corrupt' | 'too-big' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      // `total` grows in the callback above; stop feeding once past the cap.
      if (total > maxBytes) break;
    }
  } catch {
    return 'corrupt';
  }
  if (total > maxBytes) return 'too-big';
  if (!ended) return 'corrupt';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

/**
 * CRC-32 (IEEE 802.3, as zip and PNG use) of the character codes of an ASCII
 * string, as 8 lowercase hex digits. It catches every single-bit error and
 * every burst of up to 32 bits — so every changed character of a link — and
 * other damage with probability 1 − 2⁻³². It is a check against accidents
 * (a mangled copy, a chat app's edit), not a signature: anyone can recompute it.
 */
export function crc32Hex(text: string): string {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Base64url without padding (RFC 4648 §5); the same in Node and browsers. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Inverse of toBase64Url; undefined for a length or character base64 cannot have. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code] : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
