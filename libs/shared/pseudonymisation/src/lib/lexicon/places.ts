import { BE_PLACES, NL_PLACES } from './places.generated';

/**
 * Places the sourced lists of `places.generated.ts` do not hold: the everyday
 * names of two cities (BAG knows only "'s-Gravenhage" and "'s-Hertogenbosch"),
 * municipalities formed after the BAG snapshot (2019), and city districts and
 * neighbourhoods. Typed by hand until a sourced list of districts replaces them.
 */
const UNSOURCED_PLACES = `
Den Haag, Den Bosch, 's-Hertogenbosch-Oost, Knokke-Heist, Damwoude, Dantumadeel, Südwest-Fryslân, Spakenburg, Driebergen, Bussloo, Scheveningen,
Beekdaelen, Eemsdelta, Het Hogeland, Hoeksche Waard, Land van Cuijk, Molenlanden, Vijfheerenlanden, West Betuwe, Westerkwartier,
Amsterdam-Noord, Amsterdam-Oost, Amsterdam-West, Amsterdam-Zuid, Amsterdam-Zuidoost, Rotterdam-Zuid, Almere-Buiten, Almere-Haven, Almere-Poort,
Bijlmer, Bijlmermeer, Delfshaven, IJsselmonde, Beverwaard, Kralingen, Overschie, Charlois, Feijenoord, Crooswijk, Hillegersberg, Schilderswijk, Transvaal, Moerwijk, Laak, Ypenburg, Leidsche Rijn, Kanaleneiland, Overvecht, Lombok, Osdorp, Slotervaart, Geuzenveld, Jordaan, Watergraafsmeer, Noord, Vathorst, Strijp, Woensel, Tongelre, Stratum, Lewenborg, Vinkhuizen, Beijum, Paddepoel, Selwerd, Zuilen, Tuindorp, Malburgen, Presikhaaf, Dukenburg, Lindenholt, Hatert, Haagse Beemden, Hoograven, Lunetten, Hoogkerk
`;

/** Capitalised names of countries, provinces, regions and large foreign cities. */
const REGION_NAMES = `
Nederland, Holland, België, Vlaanderen, Wallonië, Brussel, Duitsland, Frankrijk, Engeland, Spanje, Italië, Portugal, Polen, Turkije, Marokko, Suriname, Curaçao, Aruba, Bonaire, Sint Maarten, Indonesië, China, India, Amerika, Verenigde Staten, Canada, Australië, Oekraïne, Rusland, Syrië, Irak, Iran, Afghanistan, Eritrea, Somalië, Griekenland, Oostenrijk, Zwitserland, Denemarken, Zweden, Noorwegen, Finland, Ierland, Schotland, Thailand, Filipijnen, Brazilië, Europa, Azië, Afrika,
Groningen-stad, Friesland, Fryslân, Drenthe, Overijssel, Flevoland, Gelderland, Noord-Holland, Zuid-Holland, Zeeland, Noord-Brabant, Brabant, Limburg, Twente, Achterhoek, Veluwe, Randstad, Betuwe, Midden-Nederland, Oost-Nederland, Noord-Nederland, Zeeland-West-Brabant, Oost-Brabant, Den Haag-regio, West-Vlaanderen, Oost-Vlaanderen, Vlaams-Brabant,
Londen, Parijs, Berlijn, Madrid, Barcelona, Rome, Lissabon, Wenen, Praag, Warschau, Istanbul, Ankara, Casablanca, Rabat, Tanger, Paramaribo, New York, Dublin, London, Paris, Berlin, Brussels, Vienna, Warsaw, Prague, Lisbon, Netherlands, Belgium, Germany, France, England, Scotland, Wales, Ireland, Britain, United Kingdom, Spain, Italy, Poland, Turkey, Morocco, Europe, Asia, Africa, America, United States, Ukraine, Russia, Syria
`;

function parseList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/**
 * The ways people write one place: "Sint-Niklaas" also as "Sint Niklaas",
 * "'s-Hertogenbosch" as "'s Hertogenbosch", "Heist-op-den-Berg" with spaces,
 * "St.-Annaparochie" as "Sint Annaparochie", "Súdwest-Fryslân" without diacritics,
 * "Alphen aan den Rijn" as "Alphen a/d Rijn" (the same tokens as "Alphen a.d. Rijn").
 */
export function placeVariants(name: string): string[] {
  const out = new Set<string>([name]);
  // BAG writes "St.-Annaparochie"; people write "Sint Annaparochie".
  if (/^st\.[- ]/i.test(name)) out.add(name.replace(/^st\.[- ]/i, 'sint-'));
  for (const form of [...out]) {
    if (form.includes('-')) out.add(form.replace(/-/g, ' '));
    if (/ aan de[n]? /i.test(form)) out.add(form.replace(/ aan de[n]? /i, ' a/d '));
    if (/^(?:'s|sint) /i.test(form)) out.add(form.replace(/^('s|sint) /i, '$1-'));
  }
  for (const form of [...out]) {
    const plain = form.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    if (plain !== form) out.add(plain);
  }
  return [...out];
}

function generated(list: string): string[] {
  return list
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Every Dutch and Belgian place, in the spellings of `placeVariants`. Built on first use. */
export function allPlaces(): string[] {
  const names = [...generated(NL_PLACES), ...generated(BE_PLACES), ...parseList(UNSOURCED_PLACES)];
  return [...new Set(names.flatMap(placeVariants))];
}

export const REGIONS: readonly string[] = parseList(REGION_NAMES);
