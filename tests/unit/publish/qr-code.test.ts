import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '#src/lib/publish/qr-code.ts';

describe('qrSvg', () => {
  it('answers many requests at once, each with the code of its own address', async () => {
    const urls = Array.from({ length: 40 }, (_, index) => `https://lotse.example.org/de/services/angebot-${index}/`);
    const codes = await Promise.all(urls.map((url) => qrSvg(url)));
    const expected = await Promise.all(urls.map((url) => QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })));
    expect(new Set(codes).size).toBe(urls.length);
    expect(codes).toEqual(expected);
  });

  it('writes a standalone SVG document without a quiet zone', async () => {
    const svg = await qrSvg('https://lotse.example.org/ar/organisations/caritas/');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const [, size] = /viewBox="0 0 (\d+) \1"/.exec(svg) ?? [];
    // Version 3 or 4 (29 or 33 modules) for an address this long at error correction M; a
    // quiet zone of four modules would make it 37 or more.
    expect(Number(size)).toBeLessThan(37);
  });
});
