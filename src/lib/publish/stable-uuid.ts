import { createHash } from 'node:crypto';

/** Namespace of Lotse's name-based UUIDs (a fixed random UUID). */
const lotseNamespace = '6f1c7a52-3d0e-4b8e-9a55-0c4f1e2b7d90';

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1): the same name always gives the same UUID. Open
 * data needs stable identifiers across builds, and HSDS requires UUIDs, while Lotse's ids are
 * file names; so every HSDS id is derived from "<site url>|<kind>|<lotse id>".
 */
export function stableUuid(name: string): string {
  const namespace = Buffer.from(lotseNamespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
