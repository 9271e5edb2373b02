import QRCode from 'qrcode';

/**
 * A QR code for an address as a standalone SVG document (error correction M, no quiet zone: the
 * page leaves the white space around it). The brochures show it as an image file, so a page of
 * hundreds of entries carries only their text (src/pages/[locale]/qr/[collection]/[id].svg.ts).
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
