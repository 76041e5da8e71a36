import {describe, expect, it} from 'vitest';
import {initialState, moved, reducer} from '../../source/ui/state.js';

describe('moved', () => {
  it('stays inside the list', () => {
    expect(moved(0, 'up', 10, 5)).toBe(0);
    expect(moved(9, 'down', 10, 5)).toBe(9);
    expect(moved(2, 'pageDown', 10, 5)).toBe(7);
    expect(moved(8, 'pageDown', 10, 5)).toBe(9);
    expect(moved(4, 'bottom', 0, 5)).toBe(0);
  });
});

describe('back (Esc)', () => {
  it('closes the innermost thing first: prompt, help, opened screen, then the search', () => {
    let state = reducer(initialState, {type: 'search', search: 'Genf'});
    state = reducer(state, {type: 'open', screen: {kind: 'meeting', meetingId: 1, cursor: 0}});
    state = reducer(state, {type: 'help'});
    state = reducer(state, {type: 'prompt', kind: 'addFeed'});
    state = reducer(state, {type: 'back'});
    expect(state.prompt).toBeNull();
    expect(state.help).toBe(true);
    state = reducer(state, {type: 'back'});
    expect(state.help).toBe(false);
    expect(state.screens).toHaveLength(1);
    state = reducer(state, {type: 'back'});
    expect(state.screens).toHaveLength(0);
    expect(state.search).toBe('Genf');
    state = reducer(state, {type: 'back'});
    expect(state.search).toBeNull();
  });
});
