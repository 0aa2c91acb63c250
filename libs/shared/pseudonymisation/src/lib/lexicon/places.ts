/**
 * Dutch municipalities, towns and villages, city districts, and the larger
 * Flemish places — written for this library. Reported as `place`
 * (quasi-identifier). Countries, provinces and large foreign cities are in
 * `REGIONS` instead: they are not identifying and are never flagged.
 */
const DUTCH_PLACES = `
Aa en Hunze, Aalburg, Aalsmeer, Aalten, Aardenburg, Abcoude, Achtkarspelen, Akkrum, Alblasserdam, Albrandswaard, Alkmaar, Almelo, Almere, Almkerk, Alphen aan den Rijn, Alphen, Ameland, Amersfoort, Amstelveen, Amsterdam, Amsterdam-Noord, Amsterdam-Oost, Amsterdam-West, Amsterdam-Zuid, Amsterdam-Zuidoost, Andijk, Angerlo, Apeldoorn, Appelscha, Appingedam, Arcen, Arkel, Arnemuiden, Arnhem, Assen, Asten, Axel,
Baarle-Nassau, Baarn, Badhoevedorp, Bakel, Balk, Barendrecht, Barneveld, Bathmen, Beek, Beekbergen, Beemster, Beesel, Beilen, Belfeld, Bemmel, Bennekom, Berg en Dal, Bergeijk, Bergen, Bergen op Zoom, Bergschenhoek, Berkel en Rodenrijs, Berkelland, Bernheze, Best, Beuningen, Beverwijk, Biddinghuizen, Bijlmer, Bilthoven, Blaricum, Bleiswijk, Bloemendaal, Bodegraven, Bodegraven-Reeuwijk, Boekel, Bolsward, Borculo, Borger, Borger-Odoorn, Born, Borne, Borssele, Boskoop, Boxmeer, Boxtel, Breda, Breskens, Breukelen, Brielle, Broek op Langedijk, Bronckhorst, Brummen, Brunssum, Budel, Buitenpost, Bunde, Bunnik, Bunschoten, Bunschoten-Spakenburg, Burgum, Bussum,
Capelle aan den IJssel, Castricum, Coevorden, Cranendonck, Cuijk, Culemborg,
Dalfsen, Damwoude, Dantumadeel, De Bilt, De Fryske Marren, De Lier, De Meern, De Ronde Venen, De Wolden, Delden, Delfgauw, Delfshaven, Delft, Delfzijl, Den Bosch, Den Burg, Den Haag, Den Ham, Den Helder, Deurne, Deventer, Didam, Diemen, Diepenveen, Dieren, Dinkelland, Dinxperlo, Dirksland, Doesburg, Doetinchem, Dokkum, Dongen, Doorn, Doorwerth, Dordrecht, Drachten, Drechterland, Drimmelen, Dronten, Druten, Duiven, Duivendrecht,
Echt, Echt-Susteren, Edam, Edam-Volendam, Ede, Eelde, Eemnes, Eemsdelta, Eersel, Eibergen, Eijsden, Eijsden-Margraten, Eindhoven, Elburg, Elst, Emmeloord, Emmen, Enkhuizen, Enschede, Enter, Epe, Ermelo, Etten-Leur,
Franeker, Geertruidenberg, Geldermalsen, Geldrop, Geldrop-Mierlo, Geleen, Gemert, Gemert-Bakel, Gennep, Giessenlanden, Gilze en Rijen, Goeree-Overflakkee, Goes, Goirle, Goor, Gorinchem, Gorssel, Gouda, Grave, Groenlo, Groesbeek, Groningen, Grou, Gulpen, Gulpen-Wittem,
Haaksbergen, Haaren, Haarlem, Haarlemmerliede, Haarlemmermeer, Halderberge, Hardenberg, Harderwijk, Hardinxveld-Giessendam, Haren, Harlingen, Hattem, Heemskerk, Heemstede, Heerde, Heerenveen, Heerhugowaard, Heerlen, Heesch, Heeze, Heeze-Leende, Heiloo, Hellendoorn, Hellevoetsluis, Helmond, Hendrik-Ido-Ambacht, Hengelo, Heteren, Het Hogeland, Heumen, Heusden, Hillegom, Hilvarenbeek, Hilversum, Hindeloopen, Hoek van Holland, Hoeksche Waard, Hof van Twente, Holten, Hollands Kroon, Hoofddorp, Hoogeveen, Hoogezand, Hoogvliet, Hoorn, Horst, Horst aan de Maas, Houten, Huizen, Hulst, Huissen,
IJmuiden, IJsselmonde, IJsselstein, Ijsselstein, Joure, Kaag en Braassem, Kampen, Kapelle, Katwijk, Kerkrade, Kesteren, Klazienaveen, Koggenland, Kollum, Kootwijkerbroek, Krimpen aan den IJssel, Krimpenerwaard, Kudelstaart,
Laarbeek, Land van Cuijk, Landgraaf, Landsmeer, Langedijk, Lansingerland, Laren, Leek, Leerdam, Leeuwarden, Leiden, Leiderdorp, Leidschendam, Leidschendam-Voorburg, Lelystad, Lemmer, Leudal, Leusden, Lichtenvoorde, Lingewaard, Lisse, Lochem, Loon op Zand, Lopik, Loppersum, Losser, Maarssen, Maasdriel, Maasgouw, Maassluis, Maastricht, Made, Margraten, Marum, Medemblik, Meerssen, Meierijstad, Meppel, Middelburg, Middelharnis, Midden-Delfland, Midden-Drenthe, Midden-Groningen, Mierlo, Mill en Sint Hubert, Moerdijk, Molenlanden, Montferland, Montfoort, Mook en Middelaar,
Naaldwijk, Naarden, Neder-Betuwe, Nederweert, Nieuw-Vennep, Nieuwegein, Nieuwkoop, Nijkerk, Nijmegen, Nissewaard, Noord-Beveland, Noordenveld, Noordoostpolder, Noordwijk, Noordwijkerhout, Nuenen, Nunspeet, Nuth,
Oegstgeest, Oirschot, Oisterwijk, Oldambt, Oldebroek, Oldenzaal, Olst, Olst-Wijhe, Ommen, Oost Gelre, Oosterhout, Oosterwolde, Ooststellingwerf, Oostzaan, Ootmarsum, Opmeer, Opsterland, Oss, Oud-Beijerland, Oudewater, Oude IJsselstreek, Ouder-Amstel, Oudenbosch, Overbetuwe,
Papendrecht, Peel en Maas, Pekela, Pijnacker, Pijnacker-Nootdorp, Purmerend, Putten, Raalte, Reeuwijk, Reimerswaal, Renkum, Renswoude, Reusel, Reusel-De Mierden, Rheden, Rhenen, Ridderkerk, Rijen, Rijnsburg, Rijssen, Rijssen-Holten, Rijswijk, Roerdalen, Roermond, Roosendaal, Rosmalen, Rotterdam, Rotterdam-Zuid, Rozenburg, Rucphen, Ruinen, 's-Hertogenbosch, 's-Gravenhage, 's-Gravenzande, 's-Heerenberg, 's-Gravendeel, 's-Hertogenbosch-Oost,
Sassenheim, Schagen, Scharendijke, Scherpenzeel, Scheveningen, Schiedam, Schiermonnikoog, Schijndel, Schinnen, Schoonhoven, Schouwen-Duiveland, Simpelveld, Sint Anthonis, Sint-Michielsgestel, Sint-Oedenrode, Sittard, Sittard-Geleen, Sliedrecht, Sluis, Smallingerland, Sneek, Soest, Someren, Son en Breugel, Spakenburg, Spijkenisse, Stadskanaal, Staphorst, Stede Broec, Steenbergen, Steenwijk, Steenwijkerland, Stein, Stichtse Vecht, Südwest-Fryslân, Susteren,
Ter Apel, Terneuzen, Terschelling, Texel, Teylingen, Tholen, Tiel, Tilburg, Tubbergen, Twenterand, Tynaarlo, Tytsjerksteradiel, Uden, Uitgeest, Uithoorn, Urk, Urmond, Utrecht, Utrechtse Heuvelrug,
Vaals, Valkenburg, Valkenburg aan de Geul, Valkenswaard, Veendam, Veenendaal, Veere, Veghel, Veldhoven, Velp, Velsen, Venlo, Venray, Vianen, Vijfheerenlanden, Vlaardingen, Vlieland, Vlissingen, Volendam, Voorburg, Voorschoten, Voorst, Vught,
Waadhoeke, Waalre, Waalwijk, Waddinxveen, Wageningen, Warmond, Wassenaar, Waterland, Weert, Weesp, Werkendam, West Betuwe, West Maas en Waal, Westerkwartier, Westerveld, Westervoort, Westerwolde, Westland, Weststellingwerf, Wierden, Wijchen, Wijdemeren, Wijhe, Wijk bij Duurstede, Winschoten, Winsum, Winterswijk, Wissenkerke, Woensdrecht, Woerden, Wolvega, Workum, Wormerland, Woudenberg, Zaandam, Zaanstad, Zaltbommel, Zandvoort, Zeewolde, Zeist, Zelhem, Zevenaar, Zevenbergen, Zierikzee, Zoetermeer, Zoeterwoude, Zuidhorn, Zuidplas, Zundert, Zutphen, Zwartewaterland, Zwijndrecht, Zwolle,
Aduard, Akersloot, Anna Paulowna, Assendelft, Baexem, Barsingerhorn, Beekdaelen, Beverwaard, Bodegraven, Bovenkarspel, Broekhuizen, Brouwershaven, Bussloo, Callantsoog, Cadzand, Dedemsvaart, Diever, Domburg, Driebergen, Driebergen-Rijsenburg, Dwingeloo, Egmond aan Zee, Ens, Exloo, Garderen, Giethoorn, Gieten, Grijpskerk, Haastrecht, Harkema, Havelte, Heino, Hengevelde, Hippolytushoef, Holwerd, Hurdegaryp, Kamperland, Kolham, Koudekerke, Lemelerveld, Lunteren, Luttenberg, Makkum, Marknesse, Meerkerk, Nieuw-Amsterdam, Nieuwleusen, Nijverdal, Norg, Odoorn, Oldeberkoop, Oostburg, Oosterbeek, Oostvoorne, Ouddorp, Oudenhoorn, Paterswolde, Peize, Renesse, Rockanje, Roden, Schoorl, Sint Maartensdijk, Sint-Annaland, Sleen, Slochteren, Sneek, Stavoren, Surhuisterveen, Uithuizen, Vaassen, Varsseveld, Veenhuizen, Vledder, Vollenhove, Vorden, Vriezenveen, Warffum, Wehl, Westkapelle, Wezep, Wolphaartsdijk, Zoutelande, Zuidlaren, Zuidwolde,
Bijlmermeer, Kralingen, Overschie, Charlois, Feijenoord, Crooswijk, Hillegersberg, Schilderswijk, Transvaal, Moerwijk, Laak, Ypenburg, Leidsche Rijn, Kanaleneiland, Overvecht, Lombok, Osdorp, Slotervaart, Geuzenveld, Jordaan, Watergraafsmeer, Noord, Almere-Buiten, Almere-Haven, Almere-Poort, Vathorst, Strijp, Woensel, Tongelre, Stratum, Lewenborg, Vinkhuizen, Beijum, Paddepoel, Selwerd, Zuilen, Tuindorp, Malburgen, Presikhaaf, Dukenburg, Lindenholt, Hatert, Haagse Beemden, Hoograven, Lunetten, Hoogkerk
`;

const FLEMISH_PLACES = `
Aalst, Aarschot, Antwerpen, Beveren, Bilzen, Blankenberge, Boom, Brasschaat, Brugge, Deinze, Dendermonde, Diest, Diksmuide, Eeklo, Geel, Genk, Gent, Geraardsbergen, Halle, Hamme, Harelbeke, Hasselt, Herentals, Heist-op-den-Berg, Ieper, Izegem, Knokke, Knokke-Heist, Kortrijk, Lier, Lokeren, Lommel, Leuven, Maaseik, Maasmechelen, Mechelen, Menen, Mol, Ninove, Oostende, Oudenaarde, Poperinge, Roeselare, Ronse, Schoten, Sint-Niklaas, Sint-Truiden, Temse, Tielt, Tienen, Tongeren, Turnhout, Veurne, Vilvoorde, Waregem, Wetteren, Zaventem, Zottegem
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

export const PLACES: readonly string[] = [
  ...parseList(DUTCH_PLACES),
  ...parseList(FLEMISH_PLACES),
];
export const REGIONS: readonly string[] = parseList(REGION_NAMES);
