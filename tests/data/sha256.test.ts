import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/data/sha256';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex()', () => {
  it('gives the FIPS 180-4 digests of "" and "abc"', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with Node’s crypto at every padding boundary and over Chinese text', () => {
    for (const n of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) expect(sha256Hex('a'.repeat(n)), `${n}`).toBe(node('a'.repeat(n)));
    const zh = '2023年中国液冷服务器市场规模15.5亿美元，同比增长52.6%。'.repeat(50);
    expect(sha256Hex(zh)).toBe(node(zh));
  });
});
