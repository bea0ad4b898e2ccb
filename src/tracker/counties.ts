import data from "./data/nmg-counties.json";
import { LEAGUE_CITIES } from "./league-cities";
import { normalizeLabel } from "./text";

export type CountyKind = "区" | "县级市" | "县" | "旗" | "自治旗";

export interface County {
  /** The six-digit statistical division code (统计用区划代码), e.g. "150622". */
  readonly code: string;
  /** The official name, e.g. "准格尔旗". */
  readonly name: string;
  /** One of the 12 names of LEAGUE_CITIES. */
  readonly leagueCity: string;
  readonly kind: CountyKind;
  /** Other names people write for it, e.g. "准旗"; never the bare name without its suffix unless listed here. */
  readonly short?: readonly string[];
}

/** The 103 county-level divisions (旗/县/区/县级市) of the Inner Mongolia Autonomous Region; see the JSON's "source". */
export const COUNTIES: readonly County[] = data.counties as readonly County[];

export interface CountyMatch {
  readonly name: string;
  readonly leagueCity: string;
  readonly code: string;
}

interface Form {
  readonly county: County;
  readonly key: string;
  readonly full: boolean;
}

let forms: readonly Form[] | undefined;

function allForms(): readonly Form[] {
  forms ??= COUNTIES.flatMap((county) => [
    { county, key: normalizeLabel(county.name), full: true },
    ...(county.short ?? []).map((alias) => ({ county, key: normalizeLabel(alias), full: false })),
  ]);
  return forms;
}

interface Hit {
  readonly form: Form;
  readonly start: number;
  readonly end: number;
}

/**
 * The county a place cell names, e.g. "鄂尔多斯准格尔旗大路镇" or "准旗" →
 * 准格尔旗 in 鄂尔多斯市; null when it names none.
 *
 * Every occurrence of a county's name or alias is found; one lying inside a
 * longer occurrence (克旗 inside 鄂托克旗) is dropped. When the text names a
 * league city, only counties of a named city count (null if none is). Of the
 * rest, a full name beats an alias, then the longer, then the earlier.
 */
export function countyOf(text: string): CountyMatch | null {
  const key = normalizeLabel(text);
  if (key === "") return null;

  const hits: Hit[] = [];
  for (const form of allForms()) {
    for (let at = key.indexOf(form.key); at >= 0; at = key.indexOf(form.key, at + 1)) {
      hits.push({ form, start: at, end: at + form.key.length });
    }
  }
  const outer = hits.filter(
    (hit) => !hits.some((other) => other !== hit && other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start),
  );
  if (outer.length === 0) return null;

  const cities = new Set(LEAGUE_CITIES.filter((city) => city.names.some((name) => key.includes(name))).map((city) => city.name));
  const candidates = cities.size === 0 ? outer : outer.filter((hit) => cities.has(hit.form.county.leagueCity));
  if (candidates.length === 0) return null;

  candidates.sort(
    (a, b) => Number(b.form.full) - Number(a.form.full) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const { county } = candidates[0]!.form;
  return { name: county.name, leagueCity: county.leagueCity, code: county.code };
}
