import { chainEnd } from './candidates';
import { chainStart, decideChain, emit, emitDecision } from './decide';
import { at, findingsOf, viewOf } from '../../testing/lexical';

/** The decision for the chain starting at `word`, as "text:category". */
function decide(text: string, word: string, addressEnds = new Set<number>()) {
  const view = viewOf(text);
  const from = at(view, word);
  const decision = decideChain(view, from, chainEnd(view, from), addressEnds);
  if (decision === undefined) return undefined;
  const start = view.tokens[decision.from].start;
  return `${text.slice(start, view.tokens[decision.to].end)}:${decision.category}`;
}

describe('decide (stage 4: what a chain of capitalised words is)', () => {
  it('drops leading words that are no part of the name', () => {
    const view = viewOf('Buurman Henk belde');
    const { start, cue } = chainStart(view, 0, 1);
    expect(view.tokens[start].text).toBe('Henk');
    expect(cue).toBe('describing');
    const title = viewOf('Meneer De Vries belde');
    expect(title.tokens[chainStart(title, 0, 2).start].text).toBe('De');
  });

  it('reads given names, surnames, initials and cues as a person', () => {
    expect(decide('Ik sprak Pieter Jansen.', 'Pieter')).toBe('Pieter Jansen:person_name');
    expect(decide('Gesprek met J.P. de Boer.', 'J')).toBe('J.P. de Boer:person_name');
    expect(decide('met van Dijk gebeld', 'van')).toBe('van Dijk:person_name');
    expect(decide('haar naam is April', 'April')).toBe('April:person_name');
  });

  it('leaves titles, kinship words and compounds alone', () => {
    expect(decide('Vraag: Hoe Vertel Ik Het?', 'Hoe')).toBeUndefined();
    expect(decide('Stiefvader is eigenaar.', 'Stiefvader')).toBeUndefined();
    expect(decide('via een Instagram-account', 'Instagram-account')).toBe(undefined);
  });

  it('names a place after a place cue or an address, and an institution after "De"', () => {
    expect(decide('Ze woont in Drumpelhoeve.', 'Drumpelhoeve')).toBe('Drumpelhoeve:place');
    const text = 'Kerkstraat 12, Ruinerwold';
    expect(decide(text, 'Ruinerwold', new Set([text.indexOf('R')]))).toBe('Ruinerwold:place');
    expect(decide('Hij zit op De Regenboog.', 'De')).toBe('De Regenboog:institution');
  });

  it('leaves an unknown capitalised word to the counsellor as a possible name', () => {
    expect(decide('Thijmen is 12.', 'Thijmen')).toBe('Thijmen:possible_name');
    expect(decide('Advies: Gesprek Yrrmak', 'Gesprek')).toBe('Gesprek Yrrmak:possible_name');
    // Words the list knows as compounds or by their form are no names at all.
    expect(decide('Advies: Gesprek Aangaan', 'Gesprek')).toBeUndefined();
    expect(decide('Beller was Opgelucht.', 'Opgelucht')).toBeUndefined();
    expect(decide('Thema: Seksualiteit en Grenzen', 'Seksualiteit')).toBeUndefined();
  });

  it('reads a Title Case heading, an abbreviation and a lone particle as no name', () => {
    expect(decide('Stap 2: Ga Het Gesprek Aan.', 'Ga')).toBeUndefined();
    expect(decide('Tijdstip: Als Kinderen Slapen.', 'Als')).toBeUndefined();
    expect(decide('N.B. Beller belde.', 'N')).toBeUndefined();
    expect(decide('Chat met Meisje Van 14.', 'Van')).toBeUndefined();
    expect(decide('Actie: Collega Informeren.', 'Collega')).toBeUndefined();
    // Names keep their particles and cues.
    expect(decide('Zoon Daan belde.', 'Zoon')).toBe('Daan:person_name');
    expect(decide('Huisarts: Van Dijk.', 'Van')).toBe('Van Dijk:person_name');
    expect(decide('Nonkel Staf belde.', 'Nonkel')).toBe('Staf:person_name');
  });

  it('records a person so the same name is found again', () => {
    const view = viewOf('Pieter Jansen belde');
    emitDecision(view, { from: 0, to: 1, category: 'person_name' });
    expect([...view.personTexts]).toEqual(['pieter', 'jansen']);
    expect(findingsOf(view)).toEqual(['Pieter Jansen:person_name']);
  });

  it('takes the apostrophe of "\'s-Hertogenbosch" and a place\'s province into the finding', () => {
    const view = viewOf("naar 's-Hertogenbosch en Bovenkerk (NH)");
    emit(view, at(view, 's-Hertogenbosch'), at(view, 's-Hertogenbosch'), 'place');
    emit(view, at(view, 'Bovenkerk'), at(view, 'Bovenkerk'), 'place');
    expect(findingsOf(view)).toEqual(["'s-Hertogenbosch:place", 'Bovenkerk (NH):place']);
    expect(view.free(at(view, 'NH'))).toBe(false);
  });
});
