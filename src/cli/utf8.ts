/**
 * UTF-8 in for JSON Lines. On Node 20, V8's own decoder (`buf.toString('utf8')`) takes some 10 ns a byte on Arabic
 * text, while ICU's transcoder from UTF-8 to UTF-16 takes a quarter of that; an archive run decodes every article
 * once. The strings are the same: the transcoder is only given valid UTF-8, and anything else goes the usual way,
 * so broken bytes are still replaced as before. (Encoding the output the same way measured slower in the CLI.)
 */
import { isUtf8, transcode } from 'node:buffer';

/** The text of UTF-8 bytes, as `bytes.toString('utf8')` gives it. */
export function decodeUtf8(bytes: Buffer): string {
  if (!isUtf8(bytes)) return bytes.toString('utf8');
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}
