import { describe, expect, it } from 'vitest';
import { activeOn, DEFAULT_SETTINGS, readSettings } from './settings';

describe('readSettings', () => {
  it('keeps valid stored fields', () => {
    const stored = { paused: true, disabledSites: ['www.lemonde.fr'], hoverDelayMs: 500 };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, ...stored });
  });

  it('keeps the topic gate on unless the reader turned it off', () => {
    expect(DEFAULT_SETTINGS.topicGate).toBe(true);
    expect(readSettings({ topicGate: false }).topicGate).toBe(false);
    expect(readSettings({ topicGate: 'no' }).topicGate).toBe(true);
  });

  it('logs mentions for 90 days and 200 pages per entry by default, never from private tabs, within bounds', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      seenLog: true,
      seenMaxAgeDays: 90,
      seenMaxPages: 200,
      seenInPrivate: false,
    });
    expect(readSettings({ seenMaxAgeDays: 7, seenMaxPages: 10, seenInPrivate: true })).toMatchObject({
      seenMaxAgeDays: 7,
      seenMaxPages: 10,
      seenInPrivate: true,
    });
    expect(readSettings({ seenMaxAgeDays: 0, seenMaxPages: 1.5, seenLog: 'off' })).toMatchObject({
      seenLog: true,
      seenMaxAgeDays: 90,
      seenMaxPages: 200,
    });
  });

  it.each([undefined, null, 'paused', 42])('falls back to the defaults for %j', (stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each malformed field with its default and keeps the rest', () => {
    const stored = { paused: 'yes', hoverDelayMs: 99_999, highlightStyle: 'blink', requireModifier: true };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, requireModifier: true });
  });
});

describe('activeOn', () => {
  it('runs on an ordinary site', () => {
    expect(activeOn(DEFAULT_SETTINGS, 'www.bbc.co.uk')).toBe(true);
  });

  it('stops everywhere while paused', () => {
    expect(activeOn({ ...DEFAULT_SETTINGS, paused: true }, 'www.bbc.co.uk')).toBe(false);
  });

  it('stops on a site turned off, whatever its case, and only there', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['www.lemonde.fr'] };
    expect(activeOn(settings, 'WWW.LeMonde.fr')).toBe(false);
    expect(activeOn(settings, 'lemonde.fr')).toBe(true);
  });
});
