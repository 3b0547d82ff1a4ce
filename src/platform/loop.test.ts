import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startLoop } from './loop.ts';

describe('startLoop', () => {
  it('runs rounds one after another, never two at once, goes on after a failing round, and stops after the round in progress', async () => {
    let running = 0;
    let most = 0;
    let rounds = 0;
    const errors: unknown[] = [];
    const loop = startLoop({
      intervalMs: 1,
      round: async () => {
        running++;
        most = Math.max(most, running);
        rounds++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        if (rounds === 2) throw new Error('round two fails');
      },
      onError: (error) => errors.push(error),
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    await loop.stop();
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(most, 1);
    assert.ok(after >= 3, `rounds: ${after}`);
    assert.equal(rounds, after, 'no round after stop');
    assert.equal(running, 0, 'stop waited for the round in progress');
    assert.equal(errors.length, 1);
  });
});
