import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** An incremental SHA-256: text is fed as its UTF-8 bytes. */
export interface Sha256 {
  update(data: Uint8Array | string): Sha256;
  /** Lower-case hex (what `sha256sum` prints). */
  hex(): string;
}

/** The pure-JS hash (@noble/hashes): for a platform that has no other, such as the task pane's page. */
function nobleSha256(): Sha256 {
  const hash = sha256.create();
  const hasher: Sha256 = {
    update(data) {
      hash.update(typeof data === "string" ? utf8ToBytes(data) : data);
      return hasher;
    },
    hex: () => bytesToHex(hash.digest()),
  };
  return hasher;
}

let factory: () => Sha256 = nobleSha256;
let oneShot: ((data: Uint8Array | string) => string) | null = null;

/**
 * The core stays platform-free: a door with a faster SHA-256 (the CLI has
 * node:crypto's) hands it over once at start; otherwise the pure-JS one is used.
 * Both give the same digests (test/report/digest.test.ts). `hashOnce`, when
 * given, is the same hash of one whole input, as lower-case hex.
 */
export function useSha256(make: () => Sha256, hashOnce: ((data: Uint8Array | string) => string) | null = null): void {
  factory = make;
  oneShot = hashOnce;
}

export function createSha256(): Sha256 {
  return factory();
}

/** SHA-256 of bytes or of a text's UTF-8 bytes, as lower-case hex. */
export function sha256Hex(data: Uint8Array | string): string {
  // A one-shot hash, where the door has one, makes no hasher object: a run takes one per decision row.
  return oneShot ? oneShot(data) : factory().update(data).hex();
}

export { nobleSha256 };
