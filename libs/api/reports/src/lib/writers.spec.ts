import { strFromU8, unzipSync } from 'fflate';
import { toCsv } from './csv-writer';
import { columnName, toXlsx } from './xlsx-writer';

describe('CSV writer', () => {
  it('writes UTF-8 with a byte-order mark, semicolons, a decimal comma and CRLF', () => {
    const csv = toCsv([
      ['Onderdeel', 'Categorie', 'Aantal'],
      ['Contacten per kanaal', 'Telefoon', 12],
      ['Gespreksduur', 'Mediaan (minuten)', 22.5],
    ]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').slice(1)).toBe(
      'Onderdeel;Categorie;Aantal\r\nContacten per kanaal;Telefoon;12\r\nGespreksduur;Mediaan (minuten);22,5\r\n',
    );
  });

  it('quotes a field holding the separator or a quote', () => {
    expect(
      toCsv([['a;b', 'zei "ja"', '<5']])
        .toString('utf8')
        .slice(1),
    ).toBe('"a;b";"zei ""ja""";<5\r\n');
  });
});

describe('XLSX writer', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('zips a workbook with one sheet: numbers as numbers, text inline and escaped, header bold', () => {
    const file = toXlsx(
      'Rapport 2026-11',
      [
        ['Onderdeel', 'Aantal'],
        ['Telefoon & chat', 12],
        ['E-mail', '<5'],
      ],
      new Set([0]),
    );
    expect([...file.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    const parts = unzipSync(new Uint8Array(file));
    expect(Object.keys(parts).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Onderdeel</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>12</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">Telefoon &amp; chat</t>');
    expect(sheet).toContain('<c r="B3" t="inlineStr"><is><t xml:space="preserve">&lt;5</t></is></c>');
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('<sheet name="Rapport 2026-11" sheetId="1" r:id="rId1"/>');
  });

  it('gives the same bytes for the same figures', () => {
    expect(toXlsx('a', [[1]]).equals(toXlsx('a', [[1]]))).toBe(true);
  });
});
