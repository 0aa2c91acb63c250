import type { GuideStep } from '../guide.types';

/** Stap 2: Ga het gesprek aan. */
export const step2: GuideStep = {
  id: 'step-2',
  number: 2,
  title: { nl: 'Ga het gesprek aan', en: 'Have the conversation' },
  items: [
    {
      id: 'step-2.start-the-conversation',
      // "Done" means the caller has had the conversation; see
      // `conversationReported` in progress.ts.
      kind: 'action',
      title: { nl: 'Start het gesprek', en: 'Start the conversation' },
      // The overview says "Start het gesprek", the body "Begin het gesprek".
      bodyTitle: { nl: 'Begin het gesprek', en: 'Begin the conversation' },
      explanation: [
        {
          nl: 'Geef bij de start van het gesprek aan dat je ergens mee zit. Je kan aangeven dat je om de persoon geeft en dat je je zorgen maakt om hem/haar. Je kan de persoon laten weten dat je altijd openstaat om te praten. Leg uit waarover je wil praten en waarom je erover wil praten. Je mag gerust ook aangeven dat je het niet makkelijk vindt om het gesprek aan te gaan. Woorden om mee te starten: ‘Ik geef veel om jou’, ‘Ik maak me zorgen om je’ of ‘Ik zou je graag willen helpen … daarom heb ik je gevraagd tijd vrij te maken voor dit gesprek’. ‘Ik heb lang nagedacht over hoe ik hier met je over moet praten.’ ‘Laat me beginnen met te zeggen dat ik om je geef maar dat ik me zorgen maak over je seksuele gevoelens en/of gedrag ten aanzien van minderjarigen. Zouden we het hier samen even over kunnen hebben?’.',
          en: 'At the start of the conversation, say that something is on your mind. You can say that you care about the person and that you are worried about him/her. You can let the person know that you are always open to talk. Explain what you want to talk about and why you want to talk about it. You are also welcome to say that you do not find it easy to have this conversation. Words to start with: ‘I care about you a lot’, ‘I’m worried about you’ or ‘I would really like to help you … that’s why I asked you to make time for this conversation’. ‘I have thought for a long time about how to talk to you about this.’ ‘Let me start by saying that I care about you, but that I’m worried about your sexual feelings and/or behaviour towards minors. Could we talk about this together for a moment?’.',
        },
      ],
      phrases: {
        kind: 'opening',
        intro: { nl: 'Woorden om mee te starten:', en: 'Words to start with:' },
        phrases: [
          { nl: 'Ik geef veel om jou', en: 'I care about you a lot' },
          { nl: 'Ik maak me zorgen om je', en: 'I’m worried about you' },
          {
            nl: 'Ik zou je graag willen helpen … daarom heb ik je gevraagd tijd vrij te maken voor dit gesprek',
            en: 'I would really like to help you … that’s why I asked you to make time for this conversation',
          },
          {
            nl: 'Ik heb lang nagedacht over hoe ik hier met je over moet praten.',
            en: 'I have thought for a long time about how to talk to you about this.',
          },
          {
            nl: 'Laat me beginnen met te zeggen dat ik om je geef maar dat ik me zorgen maak over je seksuele gevoelens en/of gedrag ten aanzien van minderjarigen. Zouden we het hier samen even over kunnen hebben?',
            en: 'Let me start by saying that I care about you, but that I’m worried about your sexual feelings and/or behaviour towards minors. Could we talk about this together for a moment?',
          },
        ],
      },
    },
    {
      id: 'step-2.explore-openly',
      kind: 'action',
      title: {
        nl: 'Tast de situatie af op een open, niet veroordelende manier',
        en: 'Explore the situation in an open, non-judgemental way',
      },
      explanation: [
        {
          nl: 'Denk altijd goed na over wat je zegt en hoe het kan overkomen. Vraag je steeds af of het niet veroordelend klinkt. Praat vooral vanuit jezelf, zodat je het niet voor de ander lijkt in te vullen (Bijvoorbeeld: ‘ik heb het gevoel dat’, ‘ik denk dat’, ‘ik vind dat’). Bespreek je zorgen en geef een aantal voorbeelden als het niet duidelijk is.',
          en: 'Always think carefully about what you say and how it may come across. Keep asking yourself whether it sounds judgemental. Above all, speak for yourself, so that you do not seem to fill things in for the other person (For example: ‘I have the feeling that’, ‘I think that’, ‘I find that’). Discuss your concerns and give a few examples if it is not clear.',
        },
      ],
      phrases: {
        kind: 'i-statement',
        intro: { nl: 'Bijvoorbeeld:', en: 'For example:' },
        phrases: [
          { nl: 'ik heb het gevoel dat', en: 'I have the feeling that' },
          { nl: 'ik denk dat', en: 'I think that' },
          { nl: 'ik vind dat', en: 'I find that' },
        ],
      },
      whatIf: {
        heading: { nl: 'Wat als …', en: 'What if …' },
        entries: [
          {
            id: 'other-gets-angry',
            text: {
              nl: 'de ander boos wordt',
              en: 'the other person gets angry',
            },
          },
          {
            id: 'other-avoids-the-conversation',
            text: {
              nl: 'de ander het gesprek afhoudt',
              en: 'the other person keeps the conversation at bay',
            },
          },
          {
            id: 'you-get-too-emotional',
            text: {
              nl: 'je merkt dat je te emotioneel wordt',
              en: 'you notice that you are getting too emotional',
            },
          },
          {
            id: 'you-get-angry',
            text: { nl: 'je kwaad wordt', en: 'you lose your temper' },
          },
        ],
        // The guide ends the list with "…": other situations get the same advice.
        openEnded: true,
        advice: [
          {
            nl: 'Rond het gesprek dan af. Voorkom escalatie en maak een nieuwe afspraak wanneer jullie beiden rustiger zijn. Overweeg wat de volgende stappen kunnen zijn. Misschien kan je er wel een andere volwassene bij betrekken die jullie beiden vertrouwen? Je kan ook eenvoudigweg zeggen: ‘laten we het morgen opnieuw proberen’. Dit is zeker niet de enige kans. Het is normaal dat een dergelijk gesprek moeilijk verloopt. Het is goed dat je het gesprek bent aangegaan, dat is het begin.',
            en: 'Then bring the conversation to a close. Prevent escalation and make a new appointment for when you are both calmer. Consider what the next steps could be. Perhaps you could involve another adult whom you both trust? You can also simply say: ‘let’s try again tomorrow’. This is certainly not the only chance. It is normal for a conversation like this to be difficult. It is good that you started the conversation; that is the beginning.',
          },
        ],
        phrases: {
          kind: 'pause',
          phrases: [
            {
              nl: 'laten we het morgen opnieuw proberen',
              en: 'let’s try again tomorrow',
            },
          ],
        },
      },
    },
  ],
};
