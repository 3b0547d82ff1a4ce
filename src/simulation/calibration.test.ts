/**
 * The national-year preset against the public figures it is calibrated on
 * (docs/simulation.md has the table and the sources). The notification
 * counts are the simulator's estimate, not the rules.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { simulate, summarizeSimulation } from './index.ts';

const summary = summarizeSimulation(simulate({ preset: 'national-year' }));
const n = summary.notifications;

/** [what, actual, low, high]: the ranges around each target. */
const TARGETS: [string, number, number, number][] = [
  ['prison (GW) admissions a year (~30,000)', summary.admissions.GW, 27_000, 33_000],
  ['people held in a prison on an average day (~10,000)', summary.heldOnAverage.GW, 9_000, 11_000],
  ['re-integration notices, art. 18a (94,500–105,000)', n.reintegration.total, 95_000, 105_000],
  ['re-integration notices to the RvdK (~5,400)', n.reintegration.rvdk, 4_600, 6_200],
  ['shareable D&R plans (~18,500)', n.reintegration.byType['deelbaar-dr-plan'], 16_500, 20_500],
  ['BIJ notices (1,500–2,000)', n.bij.total, 1_500, 2_000],
  ['BIJ notices at leave, phasing or leave authorization (~500)', n.bij.leave, 300, 700],
  ['BIJ notices at release or conditional termination (~1,500)', n.bij.release, 1_100, 1_700],
  ['art. 18b risk notices (307)', n.risk18b, 230, 390],
  ['victim notices (~18,500)', n.victims.total, 15_500, 21_500],
];

describe('national-year calibration', () => {
  for (const [what, actual, low, high] of TARGETS) {
    test(`${what}: within ${low}–${high}`, () => {
      assert.ok(actual >= low && actual <= high, `${what}: ${actual}`);
    });
  }

  test('the run-in (people held when the year starts) is outside the counts', () => {
    assert.ok(summary.runIn.heldAtStart.GW > 9_000, `${summary.runIn.heldAtStart.GW} held at the start`);
    assert.ok(summary.runIn.lines > 0);
    assert.equal(summary.period.from, '2025-01-01');
    assert.equal(summary.period.to, '2026-01-01');
  });
});
