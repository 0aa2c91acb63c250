import type { GuideStep } from '../guide.types';

/** Stap 5: Bespreek het vervolg. */
export const step5: GuideStep = {
  id: 'step-5',
  number: 5,
  title: { nl: 'Bespreek het vervolg', en: 'Discuss what happens next' },
  introduction: [
    {
      nl: 'Dit is een noodzakelijke stap. In alle gevallen bespreek je samen een vervolg. Als je niet samen op zoek gaat naar verdere hulp, of je maakt geen nieuwe afspraak om het er nog eens over te hebben, is het van belang om te benoemen dat iemand altijd bij jou terecht kan. Zo geef je de boodschap dat de deur bij jou openstaat om het er nog eens over te hebben.',
      en: 'This is an essential step. In every case, you discuss together what happens next. If you do not look for further help together, or you do not make a new appointment to talk about it again, it is important to say that someone can always come to you. That way you give the message that your door is open to talk about it again.',
    },
  ],
  items: [
    {
      id: 'step-5.safety-plan',
      // "Done" means a safety plan was drawn up. The guide adds "indien
      // nodig" (if needed), so discussing it is enough to complete the step.
      kind: 'action',
      title: {
        nl: 'Stel - indien nodig - samen een veiligheidsplan op',
        en: 'Draw up a safety plan together - if needed',
      },
      explanation: [
        {
          nl: 'Dit veiligheidsplan kan verband houden met de veiligheid van minderjarigen in de omgeving maar ook met de veiligheid van de persoon waarover je bezorgd bent. Wees duidelijk waarover je bezorgd was en waar je nog steeds zorgen over hebt. Als jullie er samen in het gesprek op uitkomen dat de zorgen concreet en gegrond zijn, zou je voor de veiligheid van de persoon zelf en van anderen een veiligheidsplan op kunnen stellen. In dit veiligheidsplan komen afspraken te staan waar jullie je beiden aan houden om zo een veilige situatie te creëren.',
          en: 'This safety plan can relate to the safety of minors in the surroundings, but also to the safety of the person you are worried about. Be clear about what you were worried about and what you are still worried about. If in the conversation you conclude together that the concerns are concrete and well-founded, you could draw up a safety plan for the safety of the person themselves and of others. This safety plan sets out agreements that you both keep to, so as to create a safe situation.',
        },
      ],
      safetyPlanPrinciples: {
        heading: { nl: 'Een veiligheidsplan:', en: 'A safety plan:' },
        openEnded: false,
        entries: [
          {
            id: 'clear-agreements',
            text: {
              nl: 'Maak duidelijke afspraken, afhankelijk van je zorgen. Bespreek deze afspraken, zodat iedereen weet wat er van hem/haar verwacht wordt.',
              en: 'Make clear agreements, depending on your concerns. Discuss these agreements, so that everyone knows what is expected of him/her.',
            },
          },
          {
            id: 'take-responsibility',
            text: {
              nl: 'Neem je verantwoordelijkheid en bespreek het wanneer je dingen opmerkt die je niet juist lijken. Je moet er op toezien dat het veiligheidsplan door iedereen gevolgd wordt.',
              en: 'Take your responsibility and raise it when you notice things that do not seem right to you. You have to make sure that everyone follows the safety plan.',
            },
          },
          {
            id: 'involve-other-adults',
            text: {
              nl: 'Betrek er eventueel andere volwassenen bij om het veiligheidsplan goed te kunnen volbrengen.',
              en: 'If need be, involve other adults so that the safety plan can be carried out properly.',
            },
          },
          {
            id: 'be-there-for-those-involved',
            text: {
              nl: 'Probeer er te zijn voor wie er betrokken is en het nodig heeft.',
              en: 'Try to be there for whoever is involved and needs it.',
            },
          },
        ],
      },
      // The guide prints DO! and DON'T! side by side after the safety plan.
      doList: {
        heading: { nl: 'DO!', en: 'DO!' },
        openEnded: false,
        entries: [
          {
            id: 'problematise-the-behaviour',
            text: {
              nl: 'Problematiseer het gedrag',
              en: 'Name the behaviour as a problem',
            },
          },
          {
            id: 'give-examples',
            text: {
              nl: 'Geef voorbeelden van het gedrag waarover je bezorgd bent',
              en: 'Give examples of the behaviour you are worried about',
            },
          },
          {
            id: 'say-what-it-does-to-you',
            text: {
              nl: 'Verduidelijk wat dit met jou doet of heeft gedaan',
              en: 'Make clear what this does or has done to you',
            },
          },
          {
            id: 'ask-clear-open-questions',
            text: {
              nl: 'Stel duidelijke en open vragen',
              en: 'Ask clear and open questions',
            },
          },
          {
            id: 'dare-to-ask-further',
            text: {
              nl: 'Durf door te vragen',
              en: 'Dare to ask follow-up questions',
            },
          },
          {
            id: 'make-room-for-emotions',
            text: {
              nl: 'Geef ruimte voor emoties',
              en: 'Make room for emotions',
            },
          },
        ],
      },
      dontList: {
        heading: { nl: 'DON’T!', en: 'DON’T!' },
        openEnded: false,
        entries: [
          {
            id: 'do-not-judge-the-person',
            text: {
              nl: 'Veroordeel de persoon niet',
              en: 'Do not condemn the person',
            },
          },
          {
            id: 'do-not-generalise',
            text: { nl: 'Generaliseer niet', en: 'Do not generalise' },
          },
          {
            id: 'do-not-fill-in-answers',
            text: {
              nl: 'Vul de antwoorden niet in voor de ander',
              en: 'Do not fill in the answers for the other person',
            },
          },
          {
            id: 'do-not-assume',
            text: {
              nl: 'Ga niet uit van je eigen veronderstellingen',
              en: 'Do not go by your own assumptions',
            },
          },
          {
            id: 'do-not-rush-decisions',
            text: {
              nl: 'Trek geen overhaaste beslissingen',
              en: 'Do not make hasty decisions',
            },
          },
        ],
      },
      escalation: {
        text: [
          {
            // sic: "naar jouw inziens" is the guide's wording.
            nl: 'Wanneer er iemand gevaar loopt – en de persoon niet bereid is samen een oplossing te zoeken - kan je zelf verdere stappen ondernemen. Je kan terecht bij de hulpverlening, of in het geval van een strafbaar feit of noodsituatie, kan je naar de politie gaan. Voordat je de politie inlicht over je zorgen, is het belangrijk om eerst samen naar oplossingen en passende hulpverlening te zoeken. Mocht dit naar jouw inziens niet voldoende werken, kan je in dat geval overwegen in gesprek te gaan met de politie en eventueel aangifte te doen.',
            en: 'When someone is in danger – and the person is not willing to look for a solution together – you can take further steps yourself. You can turn to support services or, in the case of a criminal offence or an emergency, you can go to the police. Before you inform the police about your concerns, it is important to first look together for solutions and suitable support services. Should this not work well enough in your view, you can then consider talking to the police and possibly reporting it.',
          },
        ],
        condition: {
          nl: 'Wanneer er iemand gevaar loopt – en de persoon niet bereid is samen een oplossing te zoeken',
          en: 'When someone is in danger – and the person is not willing to look for a solution together',
        },
        firstTogether: {
          nl: 'Voordat je de politie inlicht over je zorgen, is het belangrijk om eerst samen naar oplossingen en passende hulpverlening te zoeken.',
          en: 'Before you inform the police about your concerns, it is important to first look together for solutions and suitable support services.',
        },
        routes: [
          {
            id: 'help-services',
            label: { nl: 'de hulpverlening', en: 'support services' },
          },
          {
            id: 'police',
            label: { nl: 'de politie', en: 'the police' },
            when: {
              nl: 'in het geval van een strafbaar feit of noodsituatie',
              en: 'in the case of a criminal offence or an emergency',
            },
          },
        ],
      },
    },
    {
      id: 'step-5.close-the-first-conversation',
      kind: 'action',
      title: {
        nl: 'Rond het eerste gesprek goed af',
        en: 'Close the first conversation well',
      },
      explanation: [
        {
          nl: 'Bespreek voordat je het gesprek afrondt altijd goed hoe je verder gaat. Maak samen afspraken over hoe jullie het na het gesprek gaan aanpakken.',
          en: 'Before you close the conversation, always discuss carefully how you will go on. Make agreements together about how you will handle things after the conversation.',
        },
      ],
      phrases: {
        kind: 'closing',
        intro: { nl: 'Woorden om mee te eindigen:', en: 'Words to end with:' },
        phrases: [
          {
            nl: 'hé, ik heb nu wel veel gezegd. Misschien heb je wat tijd nodig om erover na te denken',
            en: 'hey, I’ve said quite a lot now. Maybe you need some time to think about it',
          },
          {
            nl: 'Ik kom snel nog eens langs om verder te praten',
            en: 'I’ll come round again soon to talk some more',
          },
          {
            nl: 'kunnen we allebei nadenken over wat er gezegd is en afspreken om over enkele dagen verder te praten?',
            en: 'could we both think about what has been said and agree to talk further in a few days?',
          },
        ],
      },
      agreementTopics: {
        heading: {
          nl: 'Mogelijke afspraken kunnen bijvoorbeeld gaan over:',
          en: 'Possible agreements could, for example, be about:',
        },
        // The guide ends the list with "…..": these are examples, not a closed set.
        openEnded: true,
        entries: [
          {
            id: 'where-to-turn',
            text: { nl: 'Waar kan je terecht', en: 'Where can you turn' },
          },
          {
            id: 'difficult-situations',
            text: {
              nl: 'Wat zijn moeilijke situaties voor jou',
              en: 'What are difficult situations for you',
            },
          },
          {
            id: 'who-to-discuss-with',
            text: {
              nl: 'Met wie gaan we dit bespreken',
              en: 'Who are we going to discuss this with',
            },
          },
          {
            id: 'avoid-risk-situations',
            text: {
              nl: 'Hoe gaan we potentiële risicosituaties vermijden',
              en: 'How are we going to avoid potential risk situations',
            },
          },
          {
            id: 'contact-with-minors',
            text: {
              nl: 'Hoe gaan we om met minderjarigen in jouw omgeving',
              en: 'How do we deal with minors around you',
            },
          },
          {
            id: 'how-can-we-help',
            text: { nl: 'Hoe kunnen we jou helpen', en: 'How can we help you' },
          },
        ],
      },
      closingParagraphs: [
        {
          nl: 'Maak ook een afspraak voor een volgend gesprek en geef aan dat de persoon waarover je bezorgd bent altijd bij jou terecht kan. Tijdens het tweede gesprek kunnen jullie de afspraken die zijn gemaakt ook samen evalueren.',
          en: 'Also make an appointment for a next conversation and say that the person you are worried about can always come to you. During the second conversation, you can also evaluate together the agreements that were made.',
        },
        {
          nl: 'Om het gesprek echt te beëindigen raden we aan altijd nog even te vragen hoe die persoon zich nu voelt. Woorden om mee te eindigen: ‘hé, ik heb nu wel veel gezegd. Misschien heb je wat tijd nodig om erover na te denken’. ‘Ik kom snel nog eens langs om verder te praten’. Of ‘kunnen we allebei nadenken over wat er gezegd is en afspreken om over enkele dagen verder te praten?’.',
          en: 'To really end the conversation, we recommend always briefly asking how that person feels now. Words to end with: ‘hey, I’ve said quite a lot now. Maybe you need some time to think about it’. ‘I’ll come round again soon to talk some more’. Or ‘could we both think about what has been said and agree to talk further in a few days?’.',
        },
        {
          nl: 'Meestal is één gesprek niet genoeg om iemand echt te bereiken en samen tot een oplossing te komen. Maak gerust een nieuwe afspraak. Wat vooral belangrijk is, is dat je de tijd neemt om het gesprek te voeren en eventueel een tweede gesprek aan te gaan.',
          en: 'Usually one conversation is not enough to really reach someone and come to a solution together. Feel free to make a new appointment. What matters most is that you take the time to have the conversation and, if need be, a second one.',
        },
      ],
    },
  ],
};
