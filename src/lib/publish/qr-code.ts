import QRCode from 'qrcode';

const svgs = new Map<string, Promise<string>>();

/**
 * A QR code for an address as inline SVG, hidden from assistive technology (the element around
 * it carries the label). Encoding is slow and the brochure repeats an entry in every chapter it
 * belongs to, so each address is encoded once per build.
 */
export function qrSvg(url: string): Promise<string> {
  let svg = svgs.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }).then((text) =>
      text.replace('<svg ', '<svg aria-hidden="true" focusable="false" '),
    );
    svgs.set(url, svg);
  }
  return svg;
}
