import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone and empties null', () => {
    expect(csvCell('Mali')).toBe('Mali');
    expect(csvCell(0.3884)).toBe('0.3884');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvCell('Justice, police')).toBe('"Justice, police"');
    expect(csvCell('the "Kosovo" mission')).toBe('"the ""Kosovo"" mission"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('joins cells with commas and ends every record with CRLF', () => {
    expect(toCsv([['Country', 'HHI'], ['Mali', 0.5], ['Côte d’Ivoire', null]])).toBe(
      'Country,HHI\r\nMali,0.5\r\nCôte d’Ivoire,\r\n',
    );
  });
});
