/**
 * How the portal words a notice's content (web/src/features/berichtenbox/format.ts):
 * each field of docs/api.md "Notice fields per type" in Dutch, a release's
 * address as the BRP address and a leave's as the leave address.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentFields, sanctionLabel } from '../web/src/features/berichtenbox/format.ts';

const address = {
  street: 'Damrak',
  houseNumber: '1',
  postalCode: '1012LG',
  city: 'Amsterdam',
  municipalityCode: 'GM0363',
};

const labelOf = (fields: ReturnType<typeof contentFields>, key: string) =>
  fields.find((f) => f.key === key)?.label;
const fieldValue = (fields: ReturnType<typeof contentFields>, key: string) =>
  fields.find((f) => f.key === key)?.value;

describe('the notice content in Dutch', () => {
  const addressLabels: [type: Parameters<typeof contentFields>[1], label: string][] = [
    ['pi-verlof', 'Verlofadres'],
    ['tbs-verlof', 'Verlofadres'],
    ['pij-verlofmachtiging', 'Verlofadres'],
    ['pi-regimefasering', 'Verlofadres'],
    ['pi-beeindiging', 'Adres (BRP)'],
    ['pij-beeindiging', 'Adres (BRP)'],
    ['tbs-voorwaardelijke-beeindiging', 'Adres (BRP)'],
    ['18b-melding', 'Adres (BRP)'],
  ];
  for (const [type, label] of addressLabels)
    it(`calls the street address of a ${type} notice "${label}"`, () => {
      assert.equal(labelOf(contentFields({ routingAddress: address }, type), 'routingAddress'), label);
    });

  it('names only the municipality of a leave routed by the BRP, as such', () => {
    const fields = contentFields(
      { routingAddress: { municipalityCode: 'GM0363', municipalityName: 'Amsterdam' } },
      'pi-verlof',
    );
    assert.equal(labelOf(fields, 'routingAddress'), 'Gemeente van inschrijving (BRP)');
    assert.equal(fieldValue(fields, 'routingAddress'), 'Amsterdam (GM0363)');
  });

  const sanctions: [sanction: { kind: string; sentenceDays: number | null }, text: string][] = [
    [{ kind: 'prison-sentence', sentenceDays: 1460 }, 'Gevangenisstraf, 1.460 dagen (onherroepelijk)'],
    [{ kind: 'prison-sentence', sentenceDays: 1 }, 'Gevangenisstraf, 1 dag (onherroepelijk)'],
    [{ kind: 'tbs-dwangverpleging', sentenceDays: null }, 'Tbs met dwangverpleging (onherroepelijk)'],
    [{ kind: 'pij', sentenceDays: null }, 'PIJ-maatregel (onherroepelijk)'],
  ];
  for (const [sanction, text] of sanctions)
    it(`says ${text}`, () => assert.equal(sanctionLabel(sanction), text));

  it('names the BIJ categories in the words of art. 11a BJSG, several sanctions, and the institution’s contact', () => {
    const fields = contentFields(
      {
        offenceCategories: ['sexual', 'serious-violent', 'arson'],
        sanctions: [
          { kind: 'prison-sentence', sentenceDays: 730 },
          { kind: 'tbs-dwangverpleging', sentenceDays: null },
        ],
        institution: {
          code: 'PI-VUGHT',
          name: 'PI Vught',
          contact: { phone: '088 07 44000', url: 'https://www.dji.nl/' },
        },
      },
      '18b-melding',
    );
    assert.equal(
      fieldValue(fields, 'offenceCategories'),
      'zedenmisdrijf, zwaar geweldsmisdrijf, brandstichting',
    );
    assert.equal(labelOf(fields, 'sanctions'), 'Sancties');
    assert.equal(
      fieldValue(fields, 'sanctions'),
      'Gevangenisstraf, 730 dagen (onherroepelijk); Tbs met dwangverpleging (onherroepelijk)',
    );
    assert.deepEqual(
      fields.filter((f) => f.key.startsWith('institution')).map((f) => [f.label, f.value, f.href]),
      [
        ['Inrichting', 'PI Vught', undefined],
        ['Telefoon inrichting', '088 07 44000', 'tel:0880744000'],
        ['Website inrichting', 'https://www.dji.nl/', 'https://www.dji.nl/'],
      ],
    );
  });

  it('reads a transfer from → to, and another notice’s institution as where the person stays', () => {
    const transfer = contentFields(
      { fromInstitution: { code: 'A', name: 'PI Vught' }, institution: { code: 'B', name: 'PI Zwolle' } },
      'overplaatsing',
    );
    assert.deepEqual(
      transfer.map((f) => [f.label, f.value]),
      [
        ['Overgeplaatst van', 'PI Vught'],
        ['Overgeplaatst naar', 'PI Zwolle'],
      ],
    );
    assert.equal(
      labelOf(
        contentFields({ institution: { code: 'B', name: 'PI Zwolle' } }, 'inschrijving'),
        'institution',
      ),
      'Inrichting',
    );
  });

  it('leaves out a contact the reference data lacks', () => {
    const fields = contentFields(
      { institution: { code: 'X', name: 'X', contact: { phone: null, url: null } } },
      'pi-verlof',
    );
    assert.deepEqual(
      fields.map((f) => f.key),
      ['institution'],
    );
  });

  it('puts the victim registration and its case first, and names the D&R plan’s municipalities', () => {
    const victims = contentFields(
      {
        name: { surname: 'Verschoven', givenNames: 'Kees' },
        victimReference: 'IDV-1',
        caseNumber: '13/1-25',
      },
      'vrijlating',
    );
    assert.deepEqual(
      victims.map((f) => [f.label, f.value]),
      [
        ['Kenmerk slachtofferregistratie', 'IDV-1'],
        ['Parketnummer (zaak)', '13/1-25'],
        ['Naam', 'Kees Verschoven'],
      ],
    );
    const plan = contentFields(
      {
        drPlanAvailable: true,
        brpMunicipality: { code: 'GM0363', name: 'Amsterdam' },
        intendedMunicipality: { code: 'GM0599', name: 'Rotterdam' },
      },
      'deelbaar-dr-plan',
    );
    assert.deepEqual(
      plan.map((f) => [f.label, f.value]),
      [
        ['D&R-plan beschikbaar', 'Ja'],
        ['Gemeente van inschrijving (BRP)', 'Amsterdam (GM0363)'],
        ['Beoogde gemeente van vestiging', 'Rotterdam (GM0599)'],
      ],
    );
  });
});
