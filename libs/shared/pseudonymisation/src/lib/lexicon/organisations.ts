/**
 * Organisations. `ALLOWED_ORGANISATIONS` are the ones the guide names and the
 * national public services a counsellor refers to: they identify nobody and are
 * never flagged. `INSTITUTIONS` are schools, employers, hospitals and regional
 * care providers: naming one narrows down who the caller is, so they are
 * reported as `institution` (quasi-identifier).
 */
const ALLOWED = `
Stop it Now, Stop it Now Nederland, Stop it Now Vlaanderen, Stop It Now UK, Stopitnow, EOKM, Expertisebureau Online Kindermisbruik, Meldpunt Kinderporno, Helpwanted, Offlimits, de Waag, De Waag, Waag, Sensoa, politie, Politie, Nationale Politie, zedenpolitie, Zedenpolitie, wijkagent, Veilig Thuis, huisarts, Huisarts, huisartsenpost, Huisartsenpost, GGZ, GGD, Slachtofferhulp, Slachtofferhulp Nederland, Centrum Seksueel Geweld, CSG, Kindertelefoon, De Kindertelefoon, 113 Zelfmoordpreventie, Zelfmoordpreventie, Raad voor de Kinderbescherming, Kinderbescherming, Jeugdbescherming, jeugdzorg, Jeugdzorg, Openbaar Ministerie, OM, Reclassering, Reclassering Nederland, Fier, Halt, Fiom, Rutgers, Movisie, MIND Korrelatie, Korrelatie, Sensoor, Centrum voor Jeugd en Gezin, CJG, Zorg- en Veiligheidshuis, Veiligheidshuis, wijkteam, Wijkteam, Justitie, Ministerie van Justitie en Veiligheid, Marechaussee, Koninklijke Marechaussee, Kinderombudsman, Nationaal Rapporteur, Meldpunt Misdaad Anoniem, Misdaad Anoniem, Fivoor, De Forensische Zorgspecialisten, Lucy Faithfull Foundation, NSPCC, Childline, CEOP, Internet Watch Foundation, IWF, NHS, Samaritans, Crimestoppers, Social Services, Children's Services, Child Protection Services, Police, GP, Europol, Interpol, Netwerk Ambulante Forensische Zorg, Ambulante Forensische Zorg, Start het Gesprek, Handleiding Start het Gesprek, Wetboek van Strafrecht, Wetboek van Strafvordering, Grondwet, Jeugdwet, Wet zorg en dwang
`;

/** Platforms and products: capitalised, but not an identifier on their own. */
const PLATFORMS = `
WhatsApp, Instagram, Facebook, Messenger, Snapchat, TikTok, Twitter, Telegram, Discord, Kik, Signal, Skype, Zoom, Teams, Microsoft Teams, YouTube, Google, Gmail, Hotmail, Outlook, Netflix, Omegle, Roblox, Fortnite, Minecraft, Reddit, Tumblr, Tinder, Grindr, OnlyFans, Pornhub, Xbox, PlayStation, Nintendo, Steam, Twitch, iPhone, iPad, Android, Apple, Samsung, Windows, Linux, Tor, Chrome, Safari, Firefox, Wikipedia, Marktplaats, Spotify, Pinterest, LinkedIn, Threads, Bluesky, Wickr, Viber, Hyves, Chatroulette, ChatGPT, Internet, internet, Bijbel, Koran, Sinterklaas, Kerstmis, Kerst, Pasen, Pinksteren, Ramadan, Suikerfeest, Offerfeest, Koningsdag, Oud en Nieuw, Hemelvaart, Bevrijdingsdag, Christmas, Easter, Halloween, God, Allah, Jezus, Islam, Christendom, Jodendom, Boeddhisme
`;

const INSTITUTION_NAMES = `
Universiteit Utrecht, Universiteit van Amsterdam, UvA, Vrije Universiteit, VU, Erasmus Universiteit, Erasmus Universiteit Rotterdam, TU Delft, TU Eindhoven, TU/e, Universiteit Twente, Rijksuniversiteit Groningen, RUG, Radboud Universiteit, Universiteit Leiden, Tilburg University, Maastricht University, Wageningen University, Open Universiteit, KU Leuven, Universiteit Gent, Universiteit Antwerpen, Hogeschool Utrecht, Hogeschool van Amsterdam, HvA, Hanzehogeschool, Saxion, Windesheim, Fontys, Avans, HAN, Inholland, Hogeschool Rotterdam, Haagse Hogeschool, De Haagse Hogeschool, NHL Stenden, Zuyd Hogeschool, Hogeschool Leiden, HZ University, Hogeschool Arnhem en Nijmegen,
ROC van Amsterdam, ROC Midden Nederland, ROC Mondriaan, Albeda, Albeda College, Zadkine, Da Vinci College, Graafschap College, Deltion, Deltion College, Alfa-college, Noorderpoort, Summa College, Koning Willem I College, Curio, Gilde Opleidingen, Rijn IJssel, Aventus, Landstede, Firda, Friesland College, Horizon College, Nova College, ROC Nijmegen, ROC Tilburg, Scalda, Vista College, Wellant, Clusius College, Nordwin College, Cibap, MBO Utrecht, MBO Amersfoort, ROC Rivor, ROC Top, ROC TOP, Drenthe College, Menso Alting, Stedelijk Gymnasium, Barlaeus Gymnasium, Erasmiaans Gymnasium,
UMC Utrecht, UMCU, UMC Groningen, UMCG, LUMC, Erasmus MC, Amsterdam UMC, Radboudumc, Maastricht UMC, MUMC, AMC, VUmc, Wilhelmina Kinderziekenhuis, Sophia Kinderziekenhuis, Isala, Rijnstate, Gelre, Gelre Ziekenhuizen, Deventer Ziekenhuis, Meander, Meander Medisch Centrum, Tergooi, Tergooi MC, Antonius, St. Antonius, Sint Antonius Ziekenhuis, Jeroen Bosch Ziekenhuis, JBZ, Catharina Ziekenhuis, Maxima MC, Máxima MC, Amphia, ETZ, Elisabeth-TweeSteden, Zuyderland, VieCuri, Medisch Spectrum Twente, MST, ZGT, Martini Ziekenhuis, Treant, Wilhelmina Ziekenhuis, Noordwest Ziekenhuisgroep, Spaarne Gasthuis, Rode Kruis Ziekenhuis, Dijklander, OLVG, BovenIJ, Flevoziekenhuis, Franciscus Gasthuis, Maasstad Ziekenhuis, Ikazia, Haaglanden MC, HMC, HagaZiekenhuis, Reinier de Graaf, Groene Hart Ziekenhuis, Alrijne, Gelderse Vallei, Slingeland, Bernhoven, CWZ, Canisius Wilhelmina Ziekenhuis, Maasziekenhuis, Laurentius Ziekenhuis, Anna Ziekenhuis, ZorgSaam, Adrz, Bravis, Ommelander Ziekenhuis, Tjongerschans, Nij Smellinghe, MCL, Medisch Centrum Leeuwarden, Zaans Medisch Centrum, Rivas, Beatrixziekenhuis, Saxenburgh,
GGZ Centraal, GGZ inGeest, Arkin, Parnassia, Altrecht, Lentis, GGZ Drenthe, GGZ Friesland, Dimence, Mediant, Pro Persona, GGzE, GGZ Breburg, Mondriaan, Yulius, Rivierduinen, GGZ Delfland, Emergis, GGZ Noord-Holland-Noord, Reinier van Arkel, Karakter, Accare, Transfore, Pompestichting, Inforsa, Kairos, Trajectum, Ipse de Bruggen, Heeren Loo, Cordaan, Amerpoort, Philadelphia, Pluryn, Youké, Entrea Lindenhout, Jeugdformaat, iHUB, Levvel, Spirit, Timon, William Schrikker, William Schrikker Stichting, Leger des Heils,
Albert Heijn, Jumbo, Lidl, Aldi, Dirk van den Broek, Vomar, DekaMarkt, Poiesz, HEMA, Action, Kruidvat, Etos, Blokker, Xenos, Zeeman, Primark, Wibra, Coolblue, MediaMarkt, IKEA, Gamma, Praxis, Karwei, Hornbach, Intratuin, Philips, ASML, Shell, Unilever, Heineken, KLM, Schiphol, ProRail, PostNL, DHL, KPN, Ziggo, Vodafone, Odido, T-Mobile, ING, Rabobank, ABN AMRO, ASN Bank, Triodos, Achmea, Aegon, Nationale-Nederlanden, Randstad, Tempo-Team, Start People, Van der Valk, McDonald's, McDonalds, Burger King, KFC, Domino's, New York Pizza, Thuisbezorgd, Tata Steel, DSM, AkzoNobel, Ahold Delhaize, Vitens, Eneco, Essent, Vattenfall, Stedin, Alliander, Enexis, Arriva, Connexxion, Qbuzz, RET, GVB, HTM, Defensie, Belastingdienst, UWV, DUO, SVB, CBR, RDW, Rijkswaterstaat, Efteling, Walibi, Artis, Bijenkorf, De Bijenkorf, Decathlon, Intersport, Bol, Bol.com, Booking, Booking.com, Thuisbezorgd.nl, Coolblue.nl, Picnic, Flink, Gorillas, Uber, Deliveroo,
Ajax, PSV, Feyenoord, FC Utrecht, AZ, FC Twente, Vitesse, SC Heerenveen, FC Groningen, Sparta, NEC, Willem II, NAC, Go Ahead Eagles, PEC Zwolle, Fortuna Sittard, Heracles, RKC, Excelsior, ADO Den Haag, FC Den Bosch, FC Emmen, Cambuur, De Graafschap, Roda JC, Almere City, VVV, Helmond Sport, Telstar, FC Volendam, FC Dordrecht, TOP Oss, MVV, Jong Ajax,
Tesco, Sainsbury's, Asda, Morrisons, Amazon, Google UK, Microsoft, Meta, Starbucks, Costa, Boots, Argos, Primark UK, Royal Mail, Network Rail
`;

/**
 * Words that make the capitalised words around them the name of an institution:
 * "basisschool De Regenboog", "Isala ziekenhuis", "VV Zwolle", "het Stedelijk Lyceum".
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  `basisschool school obs cbs rkbs pcbs ikc sbo vso kindcentrum montessorischool daltonschool jenaplanschool vrije lyceum gymnasium college atheneum scholengemeenschap scholengroep roc mbo hogeschool universiteit university academy academie kinderdagverblijf kdv bso peuterspeelzaal creche crèche kinderopvang opvang ziekenhuis hospital kliniek clinic umc mc zorggroep verpleeghuis zorgcentrum woonzorgcentrum woongroep instelling stichting vereniging voetbalclub voetbalvereniging vv sv fc hc hockeyclub tennisclub zwemclub zwemvereniging korfbalvereniging handbalvereniging volleybalvereniging turnvereniging judoschool sportschool dansschool muziekschool scouting scoutinggroep kerk parochie moskee synagoge gemeente bedrijf firma fabriek supermarkt winkel garage restaurant hotel camping speeltuin buurthuis jeugdhuis jongerencentrum zorgboerderij praktijk tandartspraktijk fysiotherapie bv b.v. nv n.v. holding group groep clubhuis koor orkest
  sportclub sportvereniging gymnastiekvereniging roeivereniging schaakclub atletiekvereniging ijsclub muziekvereniging
  harmonie fanfare jeugdvereniging zorgboerderij voedselbank thuiszorg kapsalon bakkerij slagerij
  apotheek kantoor nursery preschool kindergarten
  az uz zna gza ka vzw woonvorm voorziening dagcentrum revalidatiecentrum mfc caw cgg ocmw`.split(/\s+/),
);

/** Word endings that make a capitalised compound the name of an institution. */
export const INSTITUTION_SUFFIXES: readonly string[] = [
  'school',
  'college',
  'lyceum',
  'gymnasium',
  'ziekenhuis',
  'kliniek',
  'academie',
  'hogeschool',
  'universiteit',
  'kinderopvang',
  'kerk',
  'moskee',
];

function parseList(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

export const ALLOWED_ORGANISATIONS: readonly string[] = parseList(ALLOWED);
export const PLATFORM_NAMES: readonly string[] = parseList(PLATFORMS);
export const INSTITUTIONS: readonly string[] = parseList(INSTITUTION_NAMES);

/** Public phone numbers that identify nobody: the helpline, emergency and national services. */
export const ALLOWED_PHONE_NUMBERS: ReadonlySet<string> = new Set([
  '08002666436', // Stop it Now
  '112', // emergency
  '113', // 113 Zelfmoordpreventie, short number
  '08000113', // 113 Zelfmoordpreventie
  '09008844', // politie, non-emergency
  '08002000', // Veilig Thuis
  '08000432', // De Kindertelefoon
  '09000101', // Slachtofferhulp Nederland
  '08000188', // Centrum Seksueel Geweld
  '08007000', // Meld Misdaad Anoniem
]);

/** Domains of the organisations above; a link to them identifies nobody. */
export const ALLOWED_DOMAINS: readonly string[] = [
  'stopitnow.nl',
  'stopitnow.be',
  'stopitnow.org.uk',
  'eokm.nl',
  'meldpunt-kinderporno.nl',
  'helpwanted.nl',
  'dewaag.nl',
  'sensoa.be',
  'politie.nl',
  'veiligthuis.nl',
  'slachtofferhulp.nl',
  'centrumseksueelgeweld.nl',
  'kindertelefoon.nl',
  '113.nl',
  'fier.nl',
  'fiom.nl',
  'rutgers.nl',
  'rijksoverheid.nl',
  'overheid.nl',
  'government.nl',
  'thuisarts.nl',
  'lucyfaithfull.org.uk',
  'nspcc.org.uk',
  'childline.org.uk',
  'iwf.org.uk',
  'nhs.uk',
];

/** Sites that, without a path, point at a platform rather than a person. */
export const GENERIC_DOMAINS: readonly string[] = [
  'google.com',
  'google.nl',
  'facebook.com',
  'instagram.com',
  'tiktok.com',
  'youtube.com',
  'twitter.com',
  'x.com',
  'snapchat.com',
  'reddit.com',
  'discord.com',
  'roblox.com',
  'omegle.com',
  'telegram.org',
  'whatsapp.com',
  'marktplaats.nl',
  'wikipedia.org',
  'nu.nl',
  'nos.nl',
  'bol.com',
  'booking.com',
  'thuisbezorgd.nl',
  'coolblue.nl',
];
