import type { GuideStep } from '../guide.types';

/** Stap 6: Zorg voor jezelf. */
export const step6: GuideStep = {
  id: 'step-6',
  number: 6,
  title: { nl: 'Zorg voor jezelf', en: 'Take care of yourself' },
  items: [
    {
      id: 'step-6.let-it-sink-in',
      kind: 'action',
      title: {
        nl: 'Neem de ruimte om het te laten bezinken',
        en: 'Take the time to let it sink in',
      },
      explanation: [
        {
          nl: 'Verschillende emoties kunnen door dit gesprek naar boven komen: je kan je schuldig voelen, angstig, boos of verward zijn of je bedrogen voelen. Je hebt misschien nog meer vragen die je wilt stellen. Het kan ook zijn dat je opgelucht bent en dat je het gevoel hebt dat je er goed aan hebt gedaan het gesprek aan te zijn gegaan. In het beste geval heb je het gevoel dat het gesprek goed verlopen is. Jullie kunnen samen de goede richting uitgaan. Laat het even bezinken en geef jezelf de tijd het gesprek te plaatsen voordat je het gaat evalueren.',
          en: 'Various emotions can come up because of this conversation: you may feel guilty, be anxious, angry or confused, or feel betrayed. You may have more questions you want to ask. It may also be that you are relieved and feel that you did the right thing by having the conversation. At best, you feel that the conversation went well. You can head in the right direction together. Let it sink in for a while and give yourself time to take in the conversation before you evaluate it.',
        },
      ],
    },
    {
      id: 'step-6.evaluate-with-confidant',
      kind: 'action',
      title: {
        nl: 'Evalueer het gesprek en bespreek na met je vertrouwenspersoon',
        en: 'Evaluate the conversation and talk it over with your confidant',
      },
      explanation: [
        {
          nl: 'Praat met iemand over hoe het gesprek is gelopen en wat je erbij gevoeld hebt. Je zal misschien tijd nodig hebben om na te denken over wat je er verder mee wilt doen.',
          en: 'Talk to someone about how the conversation went and what you felt during it. You may need time to think about what you want to do with it next.',
        },
        {
          nl: 'Het is ook belangrijk om voor jezelf te zorgen. Ook voor jou was dit een lastig gesprek en je maakt je oprecht zorgen. Bespreek daarom hoe het gegaan is met je vertrouwenspersoon. Wanneer nodig kan ook voor jou naar (professionele) hulp worden gezocht. Je kan ook na het gesprek contact opnemen met Stop it Now om te bespreken hoe het gelopen is of hoe je nu het beste verder kan.',
          en: 'It is also important to take care of yourself. This was a difficult conversation for you too, and you are sincerely worried. So talk over how it went with your confidant. If needed, (professional) help can be sought for you as well. You can also contact Stop it Now after the conversation to talk about how it went or how best to go on from here.',
        },
      ],
    },
    {
      id: 'step-6.peer-support-group',
      // "Done" means the caller has signed up for (or joined) a group.
      kind: 'action',
      title: { nl: 'Lotgenotengroep', en: 'Peer support group' },
      explanation: [
        {
          nl: 'Als in het gesprek naar voren komt dat er seksueel kindermisbruik heeft plaatsgevonden tussen uw naaste en een minderjarige of er naar afbeeldingen van seksueel misbruik van minderjarigen is gekeken door uw naaste, kan dit veel impact hebben op de omgeving. Daarnaast kan het vaak veel vragen oproepen: ‘waarom heb ik dit niet gezien?’, ‘Hoe kon het zo ver komen?’. Gezien de beladenheid van het onderwerp, kan het fijn zijn om, naast een vertrouwenspersoon, ook met mensen te praten die in eenzelfde soort situatie verkeren. Daarom biedt Stop it Now de mogelijkheid tot het deelnemen aan een lotgenotengroep.',
          en: 'If it emerges in the conversation that child sexual abuse has taken place between your loved one and a minor, or that your loved one has viewed images of the sexual abuse of minors, this can have a great impact on the people around them. It can also often raise many questions: ‘why didn’t I see this?’, ‘How could it come to this?’. Given how charged the subject is, it can help to talk not only to a confidant but also to people who are in a similar situation. That is why Stop it Now offers the opportunity to take part in a peer support group.',
        },
        {
          // sic: "vooral veer ruimte" is the guide's typo for "veel".
          nl: 'De lotgenotengroep is er voor partners, ouders, familie en naasten van personen die seksueel kindermisbruik hebben gepleegd en/of afbeeldingen van seksueel misbruik van minderjarigen hebben bekeken. Het doel van de lotgenotengroep is het verstrekken van informatie, het meedenken over moeilijke situaties en het bieden van een luisterend oor. Daarnaast is er vooral veer ruimte voor erkenning en herkenning onder de lotgenoten. De groepen staan onder begeleiding van professionals met specifieke kennis op dit gebied.',
          en: 'The peer support group is for partners, parents, family and others close to people who have committed child sexual abuse and/or viewed images of the sexual abuse of minors. The aim of the peer support group is to provide information, to think along about difficult situations and to offer a listening ear. Above all, there is a lot of room for acknowledgement and recognition among peers. The groups are led by professionals with specific knowledge in this field.',
        },
      ],
      peerSupportGroup: {
        meetingCount: 5,
        themes: {
          heading: {
            nl: 'In vijf bijeenkomsten komen onderstaande thema’s aan bod:',
            en: 'The following themes are covered in five meetings:',
          },
          openEnded: false,
          entries: [
            {
              id: 'how-it-comes-about',
              text: {
                nl: 'Hoe komt iemand tot seksueel kindermisbruik en/of het bekijken van afbeeldingen van seksueel misbruik van minderjarigen',
                en: 'How someone comes to commit child sexual abuse and/or to view images of the sexual abuse of minors',
              },
            },
            {
              id: 'functions-of-viewing-images',
              text: {
                nl: 'De functies van het bekijken van afbeeldingen van seksueel misbruik van minderjarigen en de rol van internet hierin',
                en: 'The functions of viewing images of the sexual abuse of minors and the role of the internet in this',
              },
            },
            {
              id: 'risk-signals',
              text: { nl: 'Risicosignalen', en: 'Risk signals' },
            },
            {
              id: 'impact-on-you',
              text: {
                nl: 'De impact van het gedrag van uw naaste op u en uw omgeving',
                en: 'The impact of your loved one’s behaviour on you and the people around you',
              },
            },
            {
              id: 'safety-plan-and-goals',
              text: {
                nl: 'Het opstellen van een veiligheidsplan/huisregels en positieve doelen',
                en: 'Drawing up a safety plan/house rules and positive goals',
              },
            },
            {
              id: 'sexuality-and-intimacy',
              text: {
                nl: 'Seksualiteit en intimiteit binnen de partnerrelatie',
                en: 'Sexuality and intimacy within the partner relationship',
              },
            },
          ],
        },
      },
      closingParagraphs: [
        {
          nl: 'In de groep komen deze thema’s aan bod en is er ruimte voor wensen en vragen van deelnemers. De lotgenotengroepen worden gegeven in samenwerking met de Waag. De gesprekken vinden plaats op verschillende locaties van de Waag. Bent u geïnteresseerd in deelname aan de lotgenotengroep, of als u meer informatie wilt: bel 0800 266 64 36 of vul het aanmeldingsformulier in op de website van Stop it Now.',
          en: 'In the group these themes are covered and there is room for participants’ wishes and questions. The peer support groups are run in collaboration with de Waag. The sessions take place at various locations of de Waag. If you are interested in taking part in the peer support group, or if you would like more information: call 0800 266 64 36 or fill in the registration form on the Stop it Now website.',
        },
      ],
      links: ['https://www.stopitnow.nl'],
    },
  ],
};
