import iconv from 'iconv-lite';
import {describe, expect, it} from 'vitest';
import {decodeBody} from '../../source/net/decode-body.js';
import {seededRandom} from '../hardening/seeded-random.js';

const title = 'Gespräche in Genf – „Waffenruhe“ …';
const xml = (encoding: string | null) => `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

function encode(text: string, encoding: string, bom = false): Uint8Array {
  return iconv.encode(text, encoding, {addBOM: bom});
}

describe('decodeBody: UTF-16 and UTF-32', () => {
  for (const encoding of ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be']) {
    it(`reads ${encoding} with a byte-order mark`, async () => {
      const decoded = await decodeBody(encode(xml(encoding.slice(0, 6)), encoding, true), null);
      expect(decoded).toEqual({text: xml(encoding.slice(0, 6)), note: null});
    });

    it(`reads ${encoding} without a byte-order mark, from the width of its first "<"`, async () => {
      const decoded = await decodeBody(encode(xml(null), encoding), null);
      expect(decoded).toEqual({text: xml(null), note: null});
    });
  }

  it('lets the byte-order mark win over a header that says otherwise, and says so', async () => {
    const decoded = await decodeBody(encode(xml('UTF-16'), 'utf-16le', true), 'text/xml; charset=utf-8');
    expect(decoded).toEqual({text: xml('UTF-16'), note: 'the HTTP header says utf-8 but the bytes are UTF-16LE (byte-order mark); read as UTF-16LE'});
  });
});

describe('decodeBody: header, declaration and the bytes', () => {
  it('over HTTP, the header charset overrides the XML declaration', async () => {
    const bytes = encode(xml('UTF-8'), 'windows-1252');
    expect((await decodeBody(bytes, 'application/rss+xml; charset=windows-1252')).text).toContain(title);
  });

  it('without a header (a local file), the declaration decides', async () => {
    expect((await decodeBody(encode(xml('ISO-8859-15'), 'iso-8859-15'), null)).text).toContain('Gespräche in Genf');
  });

  it.each([
    ['big5', 'Gespraeche in Taipeh 台北, Gipfel 會談'],
    ['euc-kr', 'Gespraeche in Seoul 서울, Gipfel 회담'],
    ['gb2312', 'Gespraeche in Peking 北京, Gipfel 会谈'],
  ])('reads %s named in the declaration', async (encoding, text) => {
    const document = `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${text}</title></channel></rss>`;
    expect(await decodeBody(encode(document, encoding), null)).toEqual({text: document, note: null});
  });

  it('reads UTF-8 declared as ISO-8859-1 as UTF-8, and says so', async () => {
    const decoded = await decodeBody(Buffer.from(xml('ISO-8859-1')), null);
    expect(decoded).toEqual({text: xml('ISO-8859-1'), note: 'the document says ISO-8859-1 but the bytes are UTF-8; read as UTF-8'});
  });

  it('reads single-byte UTF-8 declared as UTF-16 as UTF-8, and says so', async () => {
    const decoded = await decodeBody(Buffer.from(xml('UTF-16')), null);
    expect(decoded).toEqual({text: xml('UTF-16'), note: 'the document says UTF-16 but the bytes are UTF-8; read as UTF-8'});
  });

  it('reads Latin-1 bytes declared as UTF-8 as windows-1252, and says so', async () => {
    const decoded = await decodeBody(encode(xml('utf-8'), 'windows-1252'), null);
    expect(decoded).toEqual({text: xml('utf-8'), note: 'the document says utf-8 but the bytes are not UTF-8; read as windows-1252'});
  });

  it('reads an unknown label as UTF-8 when the bytes are, and says so', async () => {
    const decoded = await decodeBody(Buffer.from(xml('x-klingon')), null);
    expect(decoded).toEqual({text: xml('x-klingon'), note: 'the document says an unknown charset (x-klingon) but the bytes are UTF-8; read as UTF-8'});
  });

  it('reads plain ASCII under any single-byte label without a note', async () => {
    const ascii = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Genf</title></channel></rss>';
    expect(await decodeBody(Buffer.from(ascii), null)).toEqual({text: ascii, note: null});
  });
});

describe('decodeBody on any bytes under any label', () => {
  it('always gives text, never an exception, and a note only in words', async () => {
    const random = seededRandom(1212);
    const labels = [null, 'utf-8', 'UTF-16', 'utf-32', 'big5', 'euc-kr', 'gb2312', 'iso-8859-1', 'cp850', 'x-unbekannt', 'utf-7', 'replacement', 'iso-2022-kr'];
    for (let round = 0; round < 500; round++) {
      const bytes = Uint8Array.from({length: Math.floor(random() * 64)}, () => Math.floor(random() * 256));
      const label = labels[Math.floor(random() * labels.length)]!;
      const header = random() < 0.5 ? `text/xml; charset=${label}` : null;
      const declared = random() < 0.5 ? Buffer.from(`<?xml version="1.0" encoding="${label}"?>`) : new Uint8Array();
      const decoded = await decodeBody(Buffer.concat([declared, bytes]), header);
      expect(typeof decoded.text, `round ${round}`).toBe('string');
      if (decoded.note) expect(decoded.note, `round ${round}`).toMatch(/^(the HTTP header|the document) says .+; read as [\w-]+$|^the bytes are not UTF-8; read as windows-1252$/);
    }
  });
});
