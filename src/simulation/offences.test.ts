import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultReferenceCatalog } from '../reference/index.ts';
import { dayOf } from './calendar.ts';
import { type OffenceMix, OffencePicker } from './offences.ts';
import { Rng } from './rng.ts';

const offences = defaultReferenceCatalog().data.offences;
const DAY = dayOf('2026-06-01');

/** The categories of `n` draws for `mix`, from a fixed seed. */
function draws(picker: OffencePicker, mix: OffenceMix = 'long', n = 4000): string[] {
  const rng = Rng.fromSeed(7);
  return Array.from({ length: n }, () => picker.pick(mix, rng, DAY).category);
}

const seriousShare = (categories: string[]) =>
  categories.filter((c) => c === 'serious-violent' || c === 'sexual').length / categories.length;

describe('OffencePicker and the boost of serious offences', () => {
  it('draws exactly as before with no boost, so the calibrated presets do not change', () => {
    assert.deepEqual(draws(new OffencePicker(offences, 1)), draws(new OffencePicker(offences)));
  });

  it('makes serious violent and sexual offences about three times as frequent in a mix where they are rare', () => {
    // In the medium mix they weigh 8.5 of 100: boosted threefold, 25.5 of 117, about 22%.
    const plain = seriousShare(draws(new OffencePicker(offences), 'medium'));
    const boosted = seriousShare(draws(new OffencePicker(offences, 3), 'medium'));
    assert.ok(plain > 0.06 && plain < 0.11, `plain ${plain}`);
    assert.ok(boosted > 0.19 && boosted < 0.25, `boosted ${boosted}`);
  });

  it('refuses a boost that is not a positive number', () => {
    for (const boost of [0, -1, Number.NaN])
      assert.throws(() => new OffencePicker(offences, boost), RangeError);
  });
});
