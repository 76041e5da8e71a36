import {describe, expect, it} from 'vitest';
import {isSameMeeting, isUpcoming, mergeMeeting} from '../../source/extract/merge.js';
import type {Meeting} from '../../source/extract/types.js';

const meeting = (fields: Partial<Meeting>): Meeting => ({
  place: null,
  country: null,
  start: null,
  end: null,
  precision: 'unknown',
  status: 'held',
  kind: 'talks',
  participants: [],
  evidence: 'Die Gespräche in Genf.',
  ...fields,
});
const genf = {place: 'Genf', country: 'Schweiz'};
const schweiz = {place: 'Schweiz', country: 'Schweiz'};

describe('isSameMeeting', () => {
  it('matches the same place and day', () => {
    expect(isSameMeeting(meeting({...genf, start: '2025-11-23', precision: 'day'}), meeting({...genf, start: '2025-11-23', precision: 'day', status: 'planned'}))).toBe(true);
  });

  it('matches a city with its country and a day inside a coarser date', () => {
    const day = meeting({...genf, start: '2025-06-03', precision: 'day'});
    const month = meeting({...schweiz, start: '2025-06-01', precision: 'month-part'});
    expect(isSameMeeting(day, month)).toBe(true);
  });

  it('keeps a day apart from a coarse date that does not cover it', () => {
    const week = meeting({...genf, start: '2025-12-22', precision: 'month-part'});
    expect(isSameMeeting(meeting({...genf, start: '2025-12-19', precision: 'day'}), week)).toBe(false);
    expect(isSameMeeting(meeting({...genf, start: '2025-12-23', precision: 'day'}), week)).toBe(true);
  });

  it('keeps meetings on different days or in different places apart', () => {
    expect(isSameMeeting(meeting({...genf, start: '2025-11-23', precision: 'day'}), meeting({...genf, start: '2025-11-25', precision: 'day'}))).toBe(false);
    expect(isSameMeeting(meeting({...genf}), meeting({place: 'Miami', country: 'USA'}))).toBe(false);
  });

  it('keeps a call apart from a meeting in person', () => {
    const day = {start: '2025-12-28', precision: 'day' as const};
    expect(isSameMeeting(meeting({...day, kind: 'call'}), meeting({...day, kind: 'talks'}))).toBe(false);
  });

  it('needs place or date known on both sides, or the same people', () => {
    expect(isSameMeeting(meeting({...genf}), meeting({start: '2025-11-23', precision: 'day'}))).toBe(false);
    const people = ['Donald Trump', 'Wladimir Putin'];
    expect(isSameMeeting(meeting({participants: people, kind: 'call'}), meeting({participants: people, kind: 'call'}))).toBe(true);
  });

  it('keeps meetings of different people apart', () => {
    const day = {...genf, start: '2025-11-23', precision: 'day' as const};
    expect(isSameMeeting(meeting({...day, participants: ['Marco Rubio']}), meeting({...day, participants: ['Sergej Lawrow']}))).toBe(false);
  });
});

describe('mergeMeeting', () => {
  it('keeps the more specific place and date and the later status, and joins the people', () => {
    const planned = meeting({...schweiz, start: '2025-11-21', precision: 'month-part', status: 'planned', participants: ['Marco Rubio']});
    const held = meeting({...genf, start: '2025-11-23', precision: 'day', status: 'held', participants: ['Rustem Umerow', 'Marco Rubio']});
    expect(mergeMeeting(planned, held)).toMatchObject({...genf, start: '2025-11-23', precision: 'day', status: 'held', participants: ['Marco Rubio', 'Rustem Umerow']});
    expect(mergeMeeting(held, planned)).toMatchObject({...genf, start: '2025-11-23', precision: 'day', status: 'held'});
  });

  it('lets a cancellation end a plan but not a held meeting', () => {
    expect(mergeMeeting(meeting({status: 'planned'}), meeting({status: 'cancelled'})).status).toBe('cancelled');
    expect(mergeMeeting(meeting({status: 'held'}), meeting({status: 'cancelled'})).status).toBe('held');
  });
});

describe('isUpcoming', () => {
  const today = '2025-12-20';
  it('counts proposed, planned and ongoing meetings dated today or later, or undated', () => {
    expect(isUpcoming(meeting({status: 'planned', start: '2025-12-22', precision: 'day'}), today)).toBe(true);
    expect(isUpcoming(meeting({status: 'ongoing', start: '2025-12-20', precision: 'day'}), today)).toBe(true);
    expect(isUpcoming(meeting({status: 'proposed'}), today)).toBe(true);
    expect(isUpcoming(meeting({status: 'planned', start: '2025-12-01', precision: 'month'}), today)).toBe(true);
  });

  it('leaves out held and cancelled meetings and plans whose date has passed', () => {
    expect(isUpcoming(meeting({status: 'held', start: '2025-12-22', precision: 'day'}), today)).toBe(false);
    expect(isUpcoming(meeting({status: 'cancelled'}), today)).toBe(false);
    expect(isUpcoming(meeting({status: 'planned', start: '2025-12-19', precision: 'day'}), today)).toBe(false);
  });
});
