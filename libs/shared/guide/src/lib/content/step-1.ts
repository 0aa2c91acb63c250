import type { GuideStep } from '../guide.types';

/** Stap 1: De voorbereiding. */
export const step1: GuideStep = {
  id: 'step-1',
  number: 1,
  title: { nl: 'De voorbereiding', en: 'Preparation' },
  items: [
    {
      id: 'step-1.place-and-time',
      kind: 'action',
      title: {
        nl: 'Kies een geschikte plaats en tijdstip',
        en: 'Choose a suitable place and time',
      },
      explanation: [
        {
          nl: 'Denk na over waar je het gesprek wilt voeren. Kies een plaats waar je veilig, rustig, en comfortabel kan praten. Vraag dan aan de persoon in kwestie of hij/zij bereid is om af te spreken. Dit klinkt heel formeel, maar het kan zo eenvoudig zijn als: ‘kan je morgen langskomen voor een kopje koffie? Hoe laat zou jou het beste uitkomen?’ Of, ‘Ik wil graag iets met je bespreken, zal ik langskomen nadat de kinderen in bed liggen?’.',
          en: 'Think about where you want to have the conversation. Choose a place where you can talk safely, calmly and comfortably. Then ask the person concerned whether he/she is willing to meet. This sounds very formal, but it can be as simple as: ‘could you come round tomorrow for a cup of coffee? What time would suit you best?’ Or, ‘I’d like to talk something over with you, shall I come round after the children are in bed?’.',
        },
      ],
      phrases: {
        kind: 'invitation',
        phrases: [
          {
            nl: 'kan je morgen langskomen voor een kopje koffie? Hoe laat zou jou het beste uitkomen?',
            en: 'could you come round tomorrow for a cup of coffee? What time would suit you best?',
          },
          {
            nl: 'Ik wil graag iets met je bespreken, zal ik langskomen nadat de kinderen in bed liggen?',
            en: 'I’d like to talk something over with you, shall I come round after the children are in bed?',
          },
        ],
      },
    },
    {
      id: 'step-1.trust-your-feeling',
      // An attitude, not an act: it can be discussed but never "done".
      kind: 'guidance',
      title: { nl: 'Vertrouw op je gevoel', en: 'Trust your gut feeling' },
      explanation: [
        {
          nl: 'Als je aanvoelt dat iets niet oké is, ben je misschien geneigd om dit te negeren. Maar jouw gevoel is meestal een reactie op iets bestaands dat je gezien of gehoord hebt. Jouw gevoel is daarom geen bewijs dat er iets onrustwekkend aan de hand is maar wel belangrijk genoeg om het serieus te nemen en het te bespreken.',
          en: 'If you sense that something is not okay, you may be inclined to ignore it. But your feeling is usually a reaction to something real that you have seen or heard. Your feeling is therefore no proof that something alarming is going on, but it is important enough to take seriously and to talk about.',
        },
      ],
    },
    {
      id: 'step-1.learn-about-the-topic',
      kind: 'action',
      title: { nl: 'Verdiep je in het thema', en: 'Learn about the subject' },
      explanation: [
        {
          nl: 'Misschien heb je het gevoel dat je dingen ziet die er niet zijn, dat je overdrijft, of iedereen in je buurt juist naïef is. Het is hoe dan ook belangrijk niet in paniek te raken. Het feit dat iemand zich mogelijk seksueel aangetrokken voelt tot minderjarigen, hoeft niet te betekenen dat die persoon een direct gevaar is voor minderjarigen. Ook in dit geval kan er een situatie gecreëerd worden waarin iedereen zich goed (en veilig) voelt. Probeer jezelf vooral eerst goed te informeren over de verschillen tussen het hebben van seksuele gevoelens voor minderjarigen, seksueel kindermisbruik en het kijken van afbeeldingen van seksueel misbruik van minderjarigen. Maar ook wat strafbaar en schadelijk is en wat niet. Kijk voor meer informatie op onze website of bel ons op 0800 266 64 36.',
          en: 'Perhaps you feel that you are seeing things that are not there, that you are exaggerating, or that everyone around you is naive instead. Either way, it is important not to panic. The fact that someone may be sexually attracted to minors does not have to mean that this person is a direct danger to minors. In this case too, a situation can be created in which everyone feels good (and safe). Above all, first try to inform yourself well about the differences between having sexual feelings for minors, child sexual abuse and viewing images of the sexual abuse of minors. But also about what is punishable and harmful and what is not. For more information, visit our website or call us on 0800 266 64 36.',
        },
      ],
      links: ['https://www.stopitnow.nl'],
    },
    {
      id: 'step-1.make-concerns-concrete',
      kind: 'action',
      title: {
        nl: 'Concretiseer je bezorgdheid',
        en: 'Make your concern concrete',
      },
      explanation: [
        {
          nl: 'Probeer voor jezelf duidelijk te krijgen waar je bezorgdheid op is gebaseerd. Waar zit je mee en waar maak je je zorgen om? Schrijf eventueel je zorgen op, laat ze even liggen en lees ze later nog eens na. Stel jezelf de vraag hoe dit zou overkomen als je deze zorgen zou bespreken met de persoon waar je bezorgd over bent. Of hoe het voor jou zou voelen als iemand deze zorgen aan jou zou vertellen. Je kan ook gebruik maken van voorbeelden om je zorgen duidelijk te krijgen voor jezelf. Deze kan je nadien ook gebruiken in het gesprek.',
          en: 'Try to get clear for yourself what your concern is based on. What is bothering you and what are you worried about? If you like, write your concerns down, leave them for a while and read them through again later. Ask yourself how this would come across if you discussed these concerns with the person you are worried about. Or how it would feel to you if someone told you these concerns. You can also use examples to get your concerns clear for yourself. You can later use these in the conversation as well.',
        },
      ],
    },
    {
      id: 'step-1.talk-to-a-confidant',
      kind: 'action',
      title: {
        nl: 'Praat over je zorgen met een vertrouwenspersoon',
        en: 'Talk about your concerns with someone you trust',
      },
      explanation: [
        {
          // sic: "op z’n gemakt" is the guide's own spelling (for "gemak").
          nl: 'Voordat je een gesprek begint over je zorgen, kan het nuttig zijn om met iemand anders die je vertrouwt te praten. Een familielid of een hechte vriend zou jouw bezorgdheid wel eens kunnen delen. Je zou ook een reactie kunnen krijgen als ‘bemoei je met je eigen zaken’ of ‘zoek toch geen problemen’. Deze antwoorden betekenen niet dat jouw zorgen niet echt zijn. De andere persoon kan wat tijd nodig hebben om zich meer op z’n gemakt te voelen bij het onderwerp. Maar het kan ook zijn dat het gesprek met die vertrouwenspersoon je de zaken vanuit een ander perspectief doet bekijken.',
          en: 'Before you start a conversation about your concerns, it can be useful to talk to someone else you trust. A family member or a close friend might well share your concern. You might also get a reaction like ‘mind your own business’ or ‘don’t go looking for trouble’. These answers do not mean that your concerns are not real. The other person may need some time to feel more at ease with the subject. But it may also be that the conversation with that confidant makes you look at things from a different perspective.',
        },
        {
          nl: 'Het is nuttig ten minste één persoon in vertrouwen te nemen. Deze persoon kan met je praten over je zorgen, kan je steun bieden bij het voorbereiden van het gesprek en kan je ondersteunen na het gesprek. Want ook voor jezelf zorgen is belangrijk.',
          en: 'It is useful to confide in at least one person. This person can talk with you about your concerns, can support you in preparing the conversation and can support you after the conversation. Because taking care of yourself matters too.',
        },
        {
          nl: 'Als er niemand is die je hierin kan vertrouwen, mag je altijd contact opnemen met Stop it Now op het nummer 0800 266 64 36. Stop it Now kan jou ondersteunen tijdens de voorbereiding van het gesprek en een luisterend oor bieden na afloop.',
          en: 'If there is no one you can trust with this, you are always welcome to contact Stop it Now on 0800 266 64 36. Stop it Now can support you while you prepare the conversation and offer a listening ear afterwards.',
        },
      ],
    },
    {
      id: 'step-1.prepare-the-conversation',
      kind: 'action',
      title: {
        nl: 'Bereid het gesprek goed voor',
        en: 'Prepare the conversation well',
      },
      explanation: [
        {
          nl: 'Denk goed na over welke boodschap je wilt overbrengen. Kies een paar van de belangrijkste punten voor het eerste gesprek uit. Je moet in staat zijn om jouw zorgen te beschrijven over de seksuele gevoelens en/of gedrag dat je opgemerkt hebt. Onthoud: veel mensen vinden het lastig om te praten over mogelijke seksuele gevoelens of gedrag ten aanzien van minderjarigen. Je bent hier niet de enige in.',
          en: 'Think carefully about the message you want to get across. Pick a few of the most important points for the first conversation. You need to be able to describe your concerns about the sexual feelings and/or behaviour you have noticed. Remember: many people find it difficult to talk about possible sexual feelings or behaviour towards minors. You are not the only one.',
        },
        {
          nl: 'Je zou aan je vertrouwenspersoon kunnen vragen om het gesprek samen voor te bereiden. Als je nog geen vertrouwenspersoon hebt gevonden, oefen dan wat je wilt zeggen hardop tegen jezelf. Het kan aanvankelijk wat vreemd voelen, maar als je jezelf de woorden hebt horen zeggen, zal het veel gemakkelijker zijn om ze tegen iemand anders te zeggen. Zo kan je ook beter inschatten hoe jouw boodschap zal overkomen.',
          en: 'You could ask your confidant to prepare the conversation with you. If you have not yet found a confidant, practise what you want to say out loud to yourself. It may feel a little strange at first, but once you have heard yourself say the words, it will be much easier to say them to someone else. That way you can also better judge how your message will come across.',
        },
      ],
    },
  ],
};
