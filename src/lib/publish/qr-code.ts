import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Encoding picks the best of eight masks and takes about a millisecond; a build encodes one
// code per brochure entry and language (9,000 for 2,000 entries in seven languages). So the
// codes are encoded in a worker thread, on the machine's other core, while the build renders
// pages. The thread keeps the process alive only while a code is on its way.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const QRCode = require(workerData.qrcode);
parentPort.on('message', ({ id, url }) =>
  QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }).then(
    (svg) => parentPort.postMessage({ id, svg }),
    (error) => parentPort.postMessage({ id, error: String(error) }),
  ),
);
`;

type Waiting = { resolve: (svg: string) => void; reject: (error: Error) => void };
const pending = new Map<number, Waiting>();
let nextId = 0;
let worker: Worker | undefined;

function encoder(): Worker {
  if (worker) return worker;
  const qrcode = createRequire(import.meta.url).resolve('qrcode');
  const started = new Worker(workerSource, { eval: true, workerData: { qrcode } });
  started.on('message', ({ id, svg, error }: { id: number; svg?: string; error?: string }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) started.unref();
    if (svg !== undefined) waiting?.resolve(svg);
    else waiting?.reject(new Error(`QR-Code nicht erzeugt: ${error}`));
  });
  // A thread that fails or ends fails the codes still on their way; the next code starts a new one.
  const stop = (error: Error) => {
    if (worker !== started) return; // already stopped ('error' comes before 'exit')
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker = undefined;
  };
  started.on('error', stop);
  started.on('exit', (code) => stop(new Error(`QR-Code nicht erzeugt: der Thread endete mit Code ${code}`)));
  started.unref();
  worker = started;
  return started;
}

/**
 * A QR code for an address as a standalone SVG document (error correction M, no quiet zone: the
 * page leaves the white space around it). The brochures show it as an image file, so a page of
 * hundreds of entries carries only their text (src/pages/[locale]/qr/[collection]/[id].svg.ts).
 */
export function qrSvg(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const thread = encoder();
    const id = nextId++;
    pending.set(id, { resolve, reject });
    if (pending.size === 1) thread.ref();
    thread.postMessage({ id, url });
  });
}
