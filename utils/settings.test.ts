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
