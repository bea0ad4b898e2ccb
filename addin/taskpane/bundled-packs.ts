import regionPack from "../../rules/nmg/2021-12.json?raw";

/** The rule packs shipped with the add-in, as their exact file text (so their SHA-256 matches the files). */
export const BUNDLED_PACKS: ReadonlyArray<{ readonly text: string; readonly source: string }> = [{ text: regionPack, source: "rules/nmg/2021-12.json" }];
