import { countyOf } from "./counties";
import { LEAGUE_CITIES } from "./league-cities";
import { normalizeLabel } from "./text";

export { LEAGUE_CITIES };

const REGION_NAMES = ["内蒙古", "innermongolia", "neimenggu", "neimongol"];

export interface Place {
  /** The text as written. */
  readonly text: string;
  /** The league city it names, or null (outside the region, or the region without a city). */
  readonly leagueCity: string | null;
  readonly inRegion: boolean;
  /** The county-level division (旗/县/区/县级市) of the region it names, or null. */
  readonly county: string | null;
}

/** A place outside the region: another province, municipality, autonomous region or city (the region's own are matched first). */
const ELSEWHERE = /省|北京|天津|上海|重庆|市|自治区|特别行政区/;

/**
 * Where a place cell says a unit is. A league city named in the text gives
 * it; else a county of the region named in a text that names no other
 * province or city (准格尔旗 → 鄂尔多斯市, while 武汉市青山区 is not 包头's 青山区).
 */
export function placeOf(text: string): Place {
  // Trackers repeat the same few places: each distinct text is placed once (a Place is never changed).
  let place = placeCache.get(text);
  if (place === undefined) {
    place = placeOfText(text);
    if (placeCache.size > 50_000) placeCache.clear();
    placeCache.set(text, place);
  }
  return place;
}

const placeCache = new Map<string, Place>();

function placeOfText(text: string): Place {
  const key = normalizeLabel(text);
  const inRegionName = REGION_NAMES.some((name) => key.includes(name));
  const county = countyOf(text);
  for (const city of LEAGUE_CITIES) {
    if (city.names.some((name) => key.includes(name))) return { text, leagueCity: city.name, inRegion: true, county: county?.leagueCity === city.name ? county.name : null };
  }
  const elsewhere = ELSEWHERE.test(inRegionName ? key.replace(/内蒙古(自治区)?/g, "") : key);
  if (county && !elsewhere) return { text, leagueCity: county.leagueCity, inRegion: true, county: county.name };
  return { text, leagueCity: null, inRegion: inRegionName, county: null };
}
