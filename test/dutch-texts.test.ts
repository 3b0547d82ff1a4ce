/**
 * Everything the portal shows as a code has its Dutch text (issue 14): every reason a rule
 * gives for not notifying, every part of a routing explanation, every notice type, routing
 * exception, event type and title kind.
 * A new code without its Dutch words fails here, not in front of a user.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EVENT_SCHEMAS, TITLE_KINDS } from '../src/events/contract.ts';
import { BOX_TYPES, ROUTING_EXCEPTIONS } from '../src/notifications/model.ts';
import { dutchReason, englishReason, SKIP_CODES, type SkipCode } from '../src/notifications/reasons.ts';
import {
  dutchRouting,
  englishRouting,
  PLACEMENTS,
  ROUTING_CODES,
} from '../src/notifications/routing-texts.ts';
import { TIMELINE_LABELS, TITLE_KIND_LABELS } from '../web/src/features/consultation/labels.ts';
import { EXCEPTION_LABELS, NOTICE_TYPE_LABELS } from '../web/src/lib/notices.ts';

/** Values for every parameter any reason names. */
const PARAMS = {
  kind: 'pre-trial',
  expected: 'prison-sentence',
  sector: 'GW',
  caseNumber: '13/1-25',
  categories: 'serious-violent or sexual',
  minDays: '365',
  offences: 'Sr 310',
  date: '2025-06-01',
  ruleSet: 'bij-2019',
  cases: 'A or B',
};

/** Words that give away an English text left untranslated. */
const ENGLISH_WORDS = /\b(the|title|offence|case|not|only|no|with|under|among|since|in force)\b/i;

describe('Dutch texts of the codes the portal shows', () => {
  it('gives every reason for not notifying an English and a Dutch text, and the Dutch one is Dutch', () => {
    for (const code of SKIP_CODES) {
      const reason = { code: code as SkipCode, params: PARAMS };
      const dutch = dutchReason(reason);
      assert.ok(englishReason(reason).length > 0, code);
      assert.ok(dutch.length > 0, code);
      assert.doesNotMatch(dutch, ENGLISH_WORDS, `${code}: ${dutch}`);
      assert.doesNotMatch(dutch, /undefined|serious-violent|pre-trial|prison-sentence/, `${code}: ${dutch}`);
    }
  });

  it('names the case, the title kinds and the categories in Dutch', () => {
    assert.equal(
      dutchReason({ code: 'title-kind', params: PARAMS }),
      'titel voorlopige hechtenis in GW: BIJ geldt alleen voor gevangenisstraf (parketnummer 13/1-25)',
    );
    assert.equal(
      dutchReason({ code: 'no-qualifying-offence', params: PARAMS }),
      'geen zwaar geweldsmisdrijf of zedenmisdrijf onder Sr 310 (parketnummer 13/1-25)',
    );
    assert.equal(
      dutchReason({ code: 'no-victim-registration', params: PARAMS }),
      'geen slachtofferregistratie in zaak A of B',
    );
  });

  it('gives every part of a routing explanation a Dutch text of its own (routing-texts.test.ts has the rows)', () => {
    for (const code of ROUTING_CODES)
      for (const placement of PLACEMENTS) {
        const part = [{ code, params: { ...PARAMS, placement, recipient: 'GM0363', address: 'Damrak 1' } }];
        assert.ok(dutchRouting(part).length > 0, code);
        assert.notEqual(dutchRouting(part), englishRouting(part), code);
        assert.doesNotMatch(dutchRouting(part), ENGLISH_WORDS, `${code}/${placement}: ${dutchRouting(part)}`);
      }
  });

  it('has a Dutch label for every notice type, routing exception, detention event type and title kind', () => {
    for (const type of Object.values(BOX_TYPES).flat()) assert.ok(NOTICE_TYPE_LABELS[type], type);
    for (const exception of ROUTING_EXCEPTIONS) assert.ok(EXCEPTION_LABELS[exception], exception);
    for (const type of Object.keys(EVENT_SCHEMAS)) assert.ok(TIMELINE_LABELS[type], `Dutch name for ${type}`);
    for (const kind of TITLE_KINDS) assert.ok(TITLE_KIND_LABELS[kind], kind);
  });
});
