import {describe, expect, it} from 'vitest';
import {BACKGROUND_CUES, isBackgroundCue, isMove, isRepeat, MOVE_CUES, REPEAT_CUES} from '../../source/events/cues.js';

describe('cues in a report\'s sentence (docs/events.md)', () => {
  it.each([...REPEAT_CUES.map(cue => [cue.name, cue.example, isRepeat] as const), ...MOVE_CUES.map(cue => [cue.name, cue.example, isMove] as const), ...BACKGROUND_CUES.map(cue => [cue.name, cue.example, isBackgroundCue] as const)])(
    '%s: "%s"',
    (_name, example, test) => {
      expect(test(example)).toBe(true);
    },
  );

  it('reads ordinary sentences as none of them', () => {
    const plain = 'Die Delegationen der USA und der Ukraine sollen am Mittwoch in Genf zusammenkommen.';
    expect([isRepeat(plain), isMove(plain), isBackgroundCue(plain)]).toEqual([false, false, false]);
    // "stattfinden" is no "statt … nun".
    expect(isMove('Das Treffen soll nun in Genf stattfinden.')).toBe(false);
    expect(isRepeat('Die erste Runde der Gespräche begann am Montag.')).toBe(false);
  });
});
