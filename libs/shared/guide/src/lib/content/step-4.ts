import type { GuideStep } from '../guide.types';

/** Stap 4: Vat het gesprek samen. */
export const step4: GuideStep = {
  id: 'step-4',
  number: 4,
  title: { nl: 'Vat het gesprek samen', en: 'Summarise the conversation' },
  items: [
    {
      id: 'step-4.summarise',
      kind: 'action',
      title: {
        nl: 'Vat samen wat jullie besproken hebben',
        en: 'Summarise what you have discussed',
      },
      explanation: [
        {
          nl: 'Vat goed samen wat jullie zojuist besproken hebben en welke afspraken jullie hebben gemaakt. Bespreek ook hoe jullie deze afspraken gaan nakomen en wanneer volgens jullie aan de afspraak is voldaan.',
          en: 'Summarise carefully what you have just discussed and which agreements you have made. Also discuss how you are going to keep these agreements and when, in your view, an agreement has been met.',
        },
        {
          nl: 'Door het gesprek samen te vatten kan je het langzaam aan afronden. Het is het beste om het gesprek niet té lang door te laten gaan. Als je merkt dat het voor één van de twee genoeg is geweest, kan je het gesprek proberen op een goede manier af te ronden door het samen te vatten.',
          en: 'By summarising the conversation, you can gradually bring it to a close. It is best not to let the conversation go on for too long. If you notice that one of you has had enough, you can try to close the conversation in a good way by summarising it.',
        },
      ],
    },
  ],
};
