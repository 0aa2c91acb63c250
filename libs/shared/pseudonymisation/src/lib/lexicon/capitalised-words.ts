/**
 * Words that are written with a capital in the middle of a sentence without
 * being a name: nationalities, languages, religions, weekdays and months in
 * English, titles of the guide, kinds of ward ("PAAZ"). Lower case.
 */
const WORDS = `
nederlands nederlandse nederlander nederlanders hollands hollandse vlaams vlaamse belgisch belgische belg duits duitse duitser engels engelse engelsman brits britse frans franse fransman spaans spaanse italiaans italiaanse pools poolse polen turks turkse turk marokkaans marokkaanse marokkaan surinaams surinaamse surinamer antilliaans antilliaanse arabisch arabische berbers syrisch syrische eritrees eritrese somalisch afghaans afghaanse oekraïens oekraïense russisch russische roemeens roemeense bulgaars bulgaarse chinees chinese indonesisch indonesische indiaas indiase amerikaans amerikaanse europees europese fries friese brabants brabantse limburgs limburgse gronings groningse twents twentse joods joodse islamitisch islamitische christelijk christelijke katholiek katholieke rooms-katholiek protestants protestantse gereformeerd gereformeerde hervormd hervormde evangelisch evangelische baptist baptisten pinkster vrijgemaakt vrijgemaakte moslim moslims jood christen hindoe hindoestaans hindoestaanse
dutch flemish belgian german british english french spanish italian polish turkish moroccan surinamese arabic syrian eritrean somali afghan ukrainian russian romanian bulgarian chinese indonesian indian american european irish scottish welsh muslim jewish christian catholic protestant hindu
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart juni juli augustus oktober december
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
mr mrs ms miss dr mum mom dad mummy daddy nan nana gran granny grandma grandpa grandad granddad stepdad stepmum stepmom auntie aunty hubby bro sis
nvt nb ps ok oke tbv ivm evt mbt oa zsm asap etc fyi btw nvm tav ivm nav mbv obv
stap fase leidraad handleiding veiligheidsplan lotgenotengroep beller naaste cliënt client hulpverlener counsellor caller
paaz pam
`;

export const CAPITALISED_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word.length > 0));
