import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSha256, nobleSha256, sha256Hex } from "../../src/digest";

describe("SHA-256, pure JS or the platform's", () => {
  it("gives sha256sum's digest, fed whole or in pieces, for any text and bytes", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("揭榜挂帅")).toBe(createHash("sha256").update("揭榜挂帅", "utf8").digest("hex"));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "grapheme" }), fc.uint8Array({ maxLength: 200 })), { maxLength: 8 }), (parts) => {
        const node = createHash("sha256");
        const noble = nobleSha256();
        const current = createSha256();
        for (const part of parts) {
          node.update(part);
          noble.update(part);
          current.update(part);
        }
        const expected = node.digest("hex");
        return noble.hex() === expected && current.hex() === expected;
      }),
    );
  });

  it("gives the same digests through the command line's one-shot hash", async () => {
    await import("../../src/cli/main");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.uint8Array({ maxLength: 300 })), (data) => sha256Hex(data) === createHash("sha256").update(data).digest("hex") && sha256Hex(data) === nobleSha256().update(data).hex()),
    );
  });
});
