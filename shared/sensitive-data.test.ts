import { describe, expect, it } from 'vitest';
import { findSensitiveData, redactSensitiveData } from './sensitive-data.ts';

const kinds = (text: string) => findSensitiveData(text, { staffEmailDomains: ['demo.test'] }).map((f) => f.kind);

describe('[GUARD]: likely case data', () => {
  it('finds case ids, phone numbers, non-staff e-mail and dates of birth in several languages', () => {
    expect(kinds('Case ID CP-2023-00042 will not save')).toEqual(['case_id']);
    expect(kinds('Call the mother on +232 76 123 456')).toEqual(['phone']);
    expect(kinds('Écrire à famille.kamara@gmail.com')).toEqual(['email']);
    expect(kinds('Aminata, born 12/03/2015, cannot be found')).toEqual(['date_of_birth']);
    expect(kinds('Fatou née le 01-02-2016')).toEqual(['date_of_birth']);
    expect(kinds('الطفلة تاريخ الميلاد 2015/03/12')).toEqual(['date_of_birth']);
    expect(kinds('nacida 3/4/2014 en Quibdó')).toEqual(['date_of_birth']);
  });

  it('leaves ordinary support text alone, including staff addresses and versions', () => {
    expect(kinds('Sync fails on v2.11.3 since 12 users upgraded; ask help_desk@demo.test')).toEqual([]);
    expect(kinds('Error 500 when exporting 2,000 cases to Excel')).toEqual([]);
    expect(kinds('The case manager and case worker roles')).toEqual([]);
    expect(kinds('Le cas 4f9c2e1a ne se synchronise pas')).toEqual(['case_id']);
  });

  it('redacts what it found and keeps the rest', () => {
    const text = 'Case CP-2023-00042, mother +232 76 123 456.';
    expect(redactSensitiveData(text, findSensitiveData(text))).toBe('Case [case id removed], mother [phone removed].');
  });
});
