/**
 * Zeroed byte arrays reused from call to call. The stages mark tokens, items and mentions in byte arrays, several per
 * sentence; a fresh Uint8Array of more than 64 bytes gets a buffer outside V8's heap, which costs more to make and
 * account for than the marking it serves. Each scratch belongs to one caller that never nests (nothing keeps an array
 * past the call that took it), and it only grows, to the largest text seen, so memory stays flat over an archive.
 */
export class ByteScratch {
  private buf: Uint8Array;

  constructor(size = 1024) {
    this.buf = new Uint8Array(size);
  }

  /** An array whose first n bytes are 0 (it may be longer: indices past n are not the caller's). */
  take(n: number): Uint8Array {
    if (this.buf.length < n) this.buf = new Uint8Array(Math.max(n, 2 * this.buf.length));
    this.buf.fill(0, 0, n);
    return this.buf;
  }
}
