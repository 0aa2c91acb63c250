import { capitalisedRun, capitalisedRunBefore, chainEnd, legalFormEnd, phraseAt, quotedWordsEnd, startsChain } from './candidates';
import { at, viewOf } from '../../testing/lexical';

describe('candidates (stage 2: stretches of tokens that may be a name)', () => {
  it('matches the longest known phrase of free tokens', () => {
    const view = viewOf('Ze woont in Zwolle');
    expect(phraseAt(view, at(view, 'Zwolle'))).toEqual({
      length: 1,
      kind: 'place',
    });
    expect(phraseAt(view, at(view, 'woont'))).toBeUndefined();
    view.markNeutral(at(view, 'Zwolle'), at(view, 'Zwolle'));
    expect(phraseAt(view, at(view, 'Zwolle'))).toBeUndefined();
  });

  it('finds legal forms: "B.V.", "Ltd", "& Zn"', () => {
    const view = viewOf('Glans B.V. en Meijer & Zn en Greenfield Ltd');
    expect(legalFormEnd(view, at(view, 'B'))).toBe(at(view, 'V'));
    expect(legalFormEnd(view, at(view, 'Zn'))).toBe(at(view, 'Zn'));
    expect(legalFormEnd(view, at(view, 'Ltd'))).toBe(at(view, 'Ltd'));
    expect(legalFormEnd(view, at(view, 'Glans'))).toBe(-1);
  });

  it('collects a run of capitalised words with small connectors, closed by a legal form', () => {
    const view = viewOf('de Universiteit van Amsterdam belt');
    const start = at(view, 'Universiteit');
    expect(capitalisedRun(view, start)).toBe(at(view, 'Amsterdam'));
    const firm = viewOf('bij Glans B.V. werken');
    expect(capitalisedRun(firm, at(firm, 'Glans'))).toBe(at(firm, 'V'));
    const lower = viewOf('een school');
    expect(capitalisedRun(lower, 1)).toBe(-1);
  });

  it('walks back over the capitalised words that name an institution', () => {
    const view = viewOf('naar het Isala ziekenhuis');
    expect(capitalisedRunBefore(view, at(view, 'ziekenhuis'), false)).toBe(at(view, 'Isala'));
    const firm = viewOf('bij Meijer & Zn');
    expect(capitalisedRunBefore(firm, at(firm, 'Zn'), true)).toBe(at(firm, 'Meijer'));
    expect(capitalisedRunBefore(firm, at(firm, 'Zn'), false)).toBe(at(firm, 'Zn'));
  });

  it('collects a chain of name words with tussenvoegsels and initials', () => {
    const view = viewOf('met Jan van der Berg en J.P. de Boer gesproken');
    expect(startsChain(view, at(view, 'Jan'))).toBe(true);
    expect(chainEnd(view, at(view, 'Jan'))).toBe(at(view, 'Berg'));
    expect(chainEnd(view, at(view, 'J'))).toBe(at(view, 'Boer'));
    const surname = viewOf('met van Dijk gebeld');
    expect(startsChain(surname, at(surname, 'van'))).toBe(true);
    const team = viewOf('speelt in JO11');
    expect(startsChain(team, at(team, 'JO11'))).toBe(false);
  });

  it('stops a chain after eight words', () => {
    const view = viewOf('A B C D E F G H I J K');
    expect(chainEnd(view, 0)).toBe(7);
  });

  it('finds up to three words in quotes', () => {
    const view = viewOf('noemt zich "Kiki" en "de grote Beer" en "een twee drie vier"');
    expect(quotedWordsEnd(view, at(view, 'Kiki'))).toBe(at(view, 'Kiki'));
    expect(quotedWordsEnd(view, at(view, 'de'))).toBe(at(view, 'Beer'));
    expect(quotedWordsEnd(view, at(view, 'een'))).toBe(-1);
    expect(quotedWordsEnd(view, at(view, 'noemt'))).toBe(-1);
  });
});
