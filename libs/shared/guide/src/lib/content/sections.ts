import type { GuideSection } from '../guide.types';

/**
 * The guide's introduction (pages 1–4), before the overview of the steps.
 * Footnote markers of the PDF are left out; the addresses they point to are
 * in `links`.
 */
export const sections: readonly GuideSection[] = [
  {
    id: 'what-is-stop-it-now',
    title: { nl: 'Wat is ‘Stop it Now’?', en: 'What is ‘Stop it Now’?' },
    paragraphs: [
      {
        nl: 'Stop it Now, onderdeel van Expertisebureau Online Kindermisbruik (EOKM), is een anonieme, vertrouwelijke en gratis hulplijn die ondersteuning biedt aan iedereen die zich zorgen maakt over zijn/haar seksuele gevoelens of gedrag ten aanzien van minderjarigen. Dit kan gaan om mensen die seksueel kindermisbruik hebben gepleegd of hiertoe neigen, mensen die afbeeldingen van seksueel misbruik van minderjarigen hebben bekeken of hiertoe neigen, of om mensen met seksuele gevoelens voor minderjarigen. Daarnaast is Stop it Now er voor iedereen die zich zorgen maakt over de seksuele gevoelens of het gedrag van een naaste ten aanzien van minderjarigen. Tot slot voorziet Stop it Now professionals van advies en ondersteuning.',
        en: 'Stop it Now, part of the Expertisebureau Online Kindermisbruik (EOKM), is an anonymous, confidential and free helpline that offers support to anyone who is worried about his/her sexual feelings or behaviour towards minors. This may concern people who have committed child sexual abuse or are inclined to do so, people who have viewed images of the sexual abuse of minors or are inclined to do so, or people with sexual feelings for minors. Stop it Now is also there for anyone who is worried about the sexual feelings or behaviour of someone close to them towards minors. Finally, Stop it Now provides professionals with advice and support.',
      },
    ],
  },
  {
    id: 'why-starting-is-hard',
    title: {
      nl: 'Wat maakt een gesprek aangaan lastig?',
      en: 'What makes starting a conversation difficult?',
    },
    paragraphs: [
      {
        nl: 'Het is voor de directe omgeving vaak erg schrikken wanneer ze ontdekken dat iemand uit hun omgeving seksuele gevoelens heeft voor minderjarigen, afbeeldingen van seksueel misbruik van minderjarigen bekijkt of seksueel kindermisbruik pleegt. Familieleden, vrienden, collega’s en andere naasten weten vaak niet bij wie ze terecht kunnen om hun zorgen te delen. Bovendien is het zoeken van ondersteuning bij hun zorgen vaak een grote stap die niet altijd makkelijk is om te nemen. Naasten ervaren het bespreekbaar maken van hun zorgen met de persoon waarover ze bezorgd zijn vaak als de meest lastige stap. De moeilijkheid om een gesprek te starten, kan voortkomen uit verschillende redenen. Niet iedereen vindt het bijvoorbeeld gemakkelijk om over seksualiteit te praten, je wilt een dierbare naaste niet kwetsen of bent bijvoorbeeld bang om iemand vals te beschuldigen van seksueel kindermisbruik.',
        en: 'For the people closest to someone, it is often a great shock to discover that a person around them has sexual feelings for minors, views images of the sexual abuse of minors or commits child sexual abuse. Family members, friends, colleagues and others close to them often do not know where to turn to share their concerns. Moreover, seeking support with their concerns is often a big step that is not always easy to take. Relatives often experience raising their concerns with the person they are worried about as the most difficult step. The difficulty of starting a conversation can stem from various reasons. Not everyone finds it easy to talk about sexuality, for example; you do not want to hurt someone dear to you, or you are afraid, for example, of falsely accusing someone of child sexual abuse.',
      },
    ],
  },
  {
    id: 'why-support-is-needed',
    title: {
      nl: 'Waarom ondersteuning van de sociale omgeving nodig is',
      en: 'Why the people around someone need support',
    },
    paragraphs: [
      {
        nl: 'Ook de sociale omgeving heeft recht op ondersteuning bij het omgaan met deze zorgen en andere vragen. Het is erg belangrijk om zorgen bespreekbaar te maken zonder iemand bij voorbaat te veroordelen. Stop it Now heeft ervaring in het bespreekbaar maken van deze zorgen en kan naasten handvatten bieden voor het aangaan van een gesprek.',
        en: 'The people around someone, too, are entitled to support in dealing with these concerns and other questions. It is very important to raise concerns without judging anyone in advance. Stop it Now has experience in raising these concerns and can give relatives practical guidance for entering into a conversation.',
      },
      {
        nl: 'Daarnaast ervaren mensen die zich zorgen maken over hun eigen seksuele gevoelens of gedrag ten aanzien van minderjarigen vaak gevoelens van schaamte, angst en eenzaamheid. Ze ervaren een groot stigma en hebben het gevoel nergens terecht te kunnen. Het kan daarom ook voor hen een groot verschil maken dat de zorgen door de sociale omgeving bespreekbaar gemaakt worden. Samen kan er op zoek worden gegaan naar ondersteuning en hulp indien dit gewenst en nodig is.',
        en: 'In addition, people who are worried about their own sexual feelings or behaviour towards minors often experience feelings of shame, fear and loneliness. They experience a great stigma and feel that they have nowhere to turn. It can therefore also make a big difference to them when the people around them raise these concerns. Together, you can look for support and help if this is wanted and needed.',
      },
      {
        nl: 'Sociale steun is tot slot essentieel ter preventie van seksueel kindermisbruik. Het wegvallen van steun kan immers risicoverhogend werken voor mensen die worstelen met seksuele gevoelens en/of gedrag ten aanzien van minderjarigen. Het bespreekbaar maken van zorgen helpt zo niet alleen de situatie veiliger te maken voor de persoon waarover je bezorgd bent, maar kan zo mogelijk ook direct of indirect bijdragen aan een veiligere situatie voor minderjarigen.',
        en: 'Finally, social support is essential for preventing child sexual abuse. After all, losing support can increase the risk for people who struggle with sexual feelings and/or behaviour towards minors. Raising concerns therefore not only helps make the situation safer for the person you are worried about, but may also contribute, directly or indirectly, to a safer situation for minors.',
      },
    ],
  },
  {
    id: 'objective',
    title: { nl: 'Doelstelling', en: 'Objective' },
    paragraphs: [
      {
        nl: 'Stop it Now wil op deze manier de directe omgeving van mensen die zich zorgen maken over de seksuele gevoelens en/of het gedrag van een naaste ten aanzien van minderjarigen, beter bereiken en ondersteunen. Door het geven van juiste informatie, advies en ondersteuning wil Stop it Now de persoon waarover men bezorgd is, maar ook de directe omgeving zelf waar nodig naar passende hulp toeleiden.',
        en: 'In this way, Stop it Now wants to better reach and support the immediate circle of people who are worried about the sexual feelings and/or behaviour of someone close to them towards minors. By giving correct information, advice and support, Stop it Now wants to guide the person people are worried about, and where needed the immediate circle itself, towards suitable help.',
      },
    ],
  },
  {
    id: 'about-this-guide',
    title: {
      nl: 'Handleiding Start het Gesprek',
      en: 'The Start the Conversation guide',
    },
    paragraphs: [
      {
        nl: 'Deze handleiding werd ontwikkeld door Stop it Now Vlaanderen. Stop it Now Nederland heeft deze handleiding aangepast aan de Nederlandse situatie. Deze handleiding werd opgesteld in lijn met de adviezen van Sensoa en gesteund op het “Praten over seks”-methodiek van Sensoa. Deze werd toegepast op het bespreken van zorgen rond seksuele gevoelens en/of gedrag ten aanzien van minderjarigen. Sensoa is het Vlaams expertisecentrum voor seksuele gezondheid.',
        en: 'This guide was developed by Stop it Now Flanders. Stop it Now Netherlands adapted this guide to the Dutch situation. This guide was drawn up in line with the advice of Sensoa and based on Sensoa’s “Talking about sex” method. This was applied to discussing concerns about sexual feelings and/or behaviour towards minors. Sensoa is the Flemish expertise centre for sexual health.',
      },
    ],
    links: ['https://www.stopitnow.be', 'https://www.sensoa.be'],
  },
  {
    id: 'talking-about-your-concerns',
    title: { nl: 'Spreken over je zorgen', en: 'Talking about your concerns' },
    paragraphs: [
      {
        nl: 'Deze handleiding geeft je informatie over wat je kunt doen als je je zorgen maakt over de seksuele gevoelens en/of gedrag van iemand in je omgeving ten aanzien van minderjarigen en waarom het zo belangrijk is dit bespreekbaar te maken. Er worden onder andere tips gegeven over hoe je een moeilijk gesprek kunt voorbereiden en hoe je het gesprek uiteindelijk aan kan gaan.',
        en: 'This guide gives you information about what you can do if you are worried about the sexual feelings and/or behaviour of someone around you towards minors, and about why it is so important to talk about this. Among other things, it gives tips on how to prepare a difficult conversation and how to eventually have that conversation.',
      },
      {
        nl: 'Deze handleiding kan je ondersteunen in het aangaan van een gesprek met de persoon waarover je bezorgd bent. Als je vragen of zorgen hebt tijdens het doorlopen van deze handleiding, mag je uiteraard altijd contact opnemen met Stop it Now.',
        en: 'This guide can support you in entering into a conversation with the person you are worried about. If you have questions or concerns while working through this guide, you are of course always welcome to contact Stop it Now.',
      },
    ],
  },
  {
    id: 'introduction',
    title: { nl: 'Inleiding', en: 'Introduction' },
    paragraphs: [
      {
        nl: 'Praten over zorgen omtrent iemands (vermoedelijke) seksuele gevoelens ten aanzien van minderjarigen, het (potentieel) kijken van afbeeldingen van seksueel misbruik van minderjarigen, en (potentieel) seksueel kindermisbruik, kan lastig zijn. Wanneer het om iemand gaat die je dierbaar is, kan dit een extra drempel zijn om een dergelijk gesprek aan te gaan. Toch kan het praten over je zorgen een groot verschil maken voor de persoon waarover je bezorgd bent. Mensen die worstelen met seksuele gedachten of gevoelens ten aanzien van minderjarigen, kunnen zich hier erg alleen in voelen. Ze weten niet met wie ze hierover kunnen praten. Ook mensen die seksueel kindermisbruik pleegden, wensten achteraf vaak dat iemand hen rechtstreeks had gevraagd wat er aan de hand was. Daarnaast kan het helpen om minderjarigen in je omgeving te beschermen.',
        en: 'Talking about concerns regarding someone’s (suspected) sexual feelings towards minors, the (potential) viewing of images of the sexual abuse of minors, and (potential) child sexual abuse can be difficult. When it concerns someone dear to you, this can be an extra hurdle to having such a conversation. Yet talking about your concerns can make a big difference to the person you are worried about. People who struggle with sexual thoughts or feelings towards minors can feel very alone with this. They do not know who they can talk to about it. People who committed child sexual abuse also often wished afterwards that someone had asked them directly what was going on. It can also help to protect minors around you.',
      },
      {
        nl: 'Een gesprek is de beste manier om verandering op gang te brengen. Stop it Now kan je helpen richting te geven aan het gesprek door het geven van voorbeeldvragen die je kan stellen. Zo krijg je een beter idee van wat er mogelijk aan de hand kan zijn en wat je kunt doen om deze persoon het beste te helpen. Stop it Now zal je helpen zoeken naar welke opties mogelijk zijn en welke stappen je het beste kan nemen. Daarnaast kan Stop it Now meedenken in de beslissing om er – samen met de persoon waarover je bezorgd bent - professionele hulp bij te halen.',
        en: 'A conversation is the best way to set change in motion. Stop it Now can help you give direction to the conversation by giving example questions you can ask. This gives you a better idea of what may be going on and what you can do to help this person best. Stop it Now will help you find out which options there are and which steps you had best take. Stop it Now can also help you think through the decision to bring in professional help – together with the person you are worried about.',
      },
      {
        nl: 'Als je meer wilt weten over wat precies de verschillen zijn tussen het hebben van seksuele gevoelens ten aanzien van minderjarigen, het plegen van seksueel kindermisbruik en het bekijken van afbeeldingen van seksueel misbruik van minderjarigen, verwijzen we je graag door naar onze site of die van het Expertisebureau Online Kindermisbruik (EOKM). Hier vind je meer informatie over de genoemde thema’s.',
        en: 'If you want to know more about exactly what the differences are between having sexual feelings towards minors, committing child sexual abuse and viewing images of the sexual abuse of minors, we gladly refer you to our website or that of the Expertisebureau Online Kindermisbruik (EOKM). There you will find more information about these topics.',
      },
    ],
    links: ['https://www.stopitnow.nl', 'https://www.eokm.nl'],
  },
];
