import { describe, expect, it } from 'vitest';
import { ByteScratch } from '../src/scratch.js';

describe('ByteScratch', () => {
  it('gives the first n bytes zeroed, even after a caller wrote them', () => {
    const s = new ByteScratch(8);
    const a = s.take(8);
    a.fill(7);
    const b = s.take(5);
    expect(b).toBe(a);
    expect([...b.subarray(0, 5)]).toEqual([0, 0, 0, 0, 0]);
    // past n the bytes are not the caller's: they are left as they were
    expect(b[5]).toBe(7);
  });

  it('grows to what is asked, at least doubling, and stays grown', () => {
    const s = new ByteScratch(4);
    expect(s.take(3).length).toBe(4);
    expect(s.take(5).length).toBe(8);
    expect(s.take(100).length).toBe(100);
    expect(s.take(2).length).toBe(100);
  });
});
