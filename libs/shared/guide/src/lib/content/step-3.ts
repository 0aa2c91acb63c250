import type { GuideStep } from '../guide.types';

/** Stap 3: Stimuleer de ander om zelf te vertellen. */
export const step3: GuideStep = {
  id: 'step-3',
  number: 3,
  title: {
    nl: 'Stimuleer de ander om zelf te vertellen',
    en: 'Encourage the other person to tell their own story',
  },
  items: [
    {
      id: 'step-3.let-them-tell-their-story',
      kind: 'action',
      title: {
        nl: 'Laat de ander ook zelf zijn/haar verhaal doen',
        en: 'Let the other person tell his/her own story too',
      },
      explanation: [
        {
          nl: 'Stimuleer degene waarover je bezorgd bent zelf te vertellen. Dit kan je doen door concreet te vragen naar: ‘wat vind je er zelf van?’, ‘wat wil je hier zelf over vertellen?’ et cetera. Stel een aantal open vragen over hoe de ander het ziet of hoe hij/zij zich voelt. Stel altijd vragen zonder bepaalde zaken te veronderstellen of te veralgemenen en stel enkel vragen die er toe doen in functie van je bezorgdheid. Geef de ander voldoende ruimte voor zijn/haar verhaal.',
          en: 'Encourage the person you are worried about to tell their own story. You can do this by asking concretely: ‘what do you think of it yourself?’, ‘what would you like to say about this yourself?’ et cetera. Ask a few open questions about how the other person sees it or how he/she feels. Always ask questions without presupposing or generalising things, and only ask questions that matter with regard to your concern. Give the other person enough room for his/her story.',
        },
        {
          nl: 'Als de ander begint te vertellen, kunnen onderstaande vragen je helpen wat duidelijkheid te krijgen over hoe degene er zelf naar kijkt, wat hij/zij verwacht en waar zijn/haar grootste zorgen liggen.',
          en: 'When the other person starts to talk, the questions below can help you get some clarity about how he/she sees it, what he/she expects and where his/her greatest concerns lie.',
        },
      ],
      phrases: {
        kind: 'prompt',
        phrases: [
          {
            nl: 'wat vind je er zelf van?',
            en: 'what do you think of it yourself?',
          },
          {
            nl: 'wat wil je hier zelf over vertellen?',
            en: 'what would you like to say about this yourself?',
          },
        ],
      },
      questionGroups: [
        {
          id: 'concerns',
          label: { nl: 'Zorgen', en: 'Concerns' },
          instruction: {
            nl: 'bevraag of en waar de persoon zichzelf zorgen over maakt.',
            en: 'ask whether and about what the person is worried themselves.',
          },
          examples: [
            {
              nl: 'waar maak jij je vooral zorgen over?',
              en: 'what are you most worried about?',
            },
            {
              nl: 'wat is je grootste zorg?',
              en: 'what is your biggest worry?',
            },
          ],
        },
        {
          id: 'ideas',
          label: { nl: 'Ideeën', en: 'Ideas' },
          instruction: {
            nl: 'bevraag hoe de persoon er zelf over denkt.',
            en: 'ask what the person thinks about it themselves.',
          },
          examples: [
            {
              nl: 'hoe zit het volgens jou in elkaar?',
              en: 'how do you think it fits together?',
            },
            {
              nl: 'welke gedachten komen er bij je op?',
              en: 'what thoughts come to mind?',
            },
          ],
        },
        {
          id: 'expectations',
          label: { nl: 'Verwachtingen', en: 'Expectations' },
          instruction: {
            nl: 'bevraag wat de persoon zelf verwacht of hoopt.',
            en: 'ask what the person expects or hopes for themselves.',
          },
          examples: [
            {
              nl: 'waar hoop jij zelf op?',
              en: 'what are you hoping for yourself?',
            },
            {
              nl: 'wat verwacht jij dat er zal gebeuren?',
              en: 'what do you expect will happen?',
            },
            {
              nl: 'hoe zie jij de toekomst, hoe gaan we nu verder?',
              en: 'how do you see the future, how do we go on from here?',
            },
          ],
        },
      ],
    },
  ],
};
