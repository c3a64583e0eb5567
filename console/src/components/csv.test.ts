import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it('quote what holds a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Bank, Ningbo')).toBe('"Bank, Ningbo"');
    expect(csvCell('the "core" deal')).toBe('"the ""core"" deal"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('宁波银行')).toBe('宁波银行');
  });

  it('neutralise text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+86 21 1234')).toBe("'+86 21 1234");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('keep numbers as numbers and leave empty what is missing', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
  });

  it('make a file of CRLF lines with the header first', () => {
    expect(toCsv(['name', 'days'], [['Chen, Jie', 3], ['=cmd', null]])).toBe('name,days\r\n"Chen, Jie",3\r\n\'=cmd,\r\n');
  });
});
