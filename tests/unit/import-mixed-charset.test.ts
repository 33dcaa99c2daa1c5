import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MixedDecoder, utf8Census } from '../../src/core/import/read/mixed';

describe('UTF-8 with some Windows-1252', () => {
  const bytes = Buffer.concat([Buffer.from('Zoë,Björn,€,😀\n', 'utf8'), iconv.encode('José,Müller,€,’\n', 'windows-1252')]);

  it('reads each UTF-8 sequence as UTF-8 and each stray byte as Windows-1252, in any chunk sizes', () => {
    for (const size of [1, 2, 3, 5, 64]) {
      const d = new MixedDecoder();
      let text = '';
      for (let i = 0; i < bytes.length; i += size) text += d.write(bytes.subarray(i, i + size));
      text += d.end();
      expect(text, `chunks of ${size}`).toBe('Zoë,Björn,€,😀\nJosé,Müller,€,’\n');
    }
  });

  it('counts sequences and strays: plain Windows-1252 has strays only', () => {
    expect(utf8Census(bytes)).toEqual({ sequences: 4, strays: 4 });
    expect(utf8Census(iconv.encode('José Müller’s “notes”', 'windows-1252'))).toEqual({ sequences: 0, strays: 5 });
  });
});
