import { describe, expect, it } from 'vitest';
import { courtSupport, policeTraining } from '../testing/fixtures';
import { fragmentationCells } from './fragmentation-cells';

describe('fragmentationCells', () => {
  it('lists each country × function once, by country then function name', () => {
    const cells = fragmentationCells([policeTraining, courtSupport, courtSupport]);
    expect(cells.map((c) => `${c.country}/${c.function}`)).toEqual(['MLI/JUSTICE', 'MLI/POLICE', 'NER/POLICE']);
    expect(cells[0]).toEqual({ country: 'MLI', countryName: 'Mali', function: 'JUSTICE', functionName: 'Justice', parent: 'RULE_OF_LAW' });
  });
});
