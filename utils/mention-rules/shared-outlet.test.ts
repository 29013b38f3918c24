import { describe, expect, it } from 'vitest';
import { namesAnotherOutlet } from './shared-outlet';

const TIMES = ['The Times', 'The Times', 'Times of London'];
const TELEGRAPH = ['The Telegraph', 'The Telegraph', 'Daily Telegraph'];

describe('namesAnotherOutlet', () => {
  it("takes the name on another outlet's site of that name for that outlet", () => {
    expect(namesAnotherOutlet('www.nytimes.com', TIMES, 'The Times')).toBe(true);
    expect(namesAnotherOutlet('www.seattletimes.com', TIMES, 'The Times')).toBe(true);
    expect(namesAnotherOutlet('www.irishtimes.com', TIMES, 'the Times')).toBe(true);
    expect(namesAnotherOutlet('www.themoscowtimes.com', TIMES, 'The Times')).toBe(true);
  });

  it("keeps the name on the outlet's own site, on unrelated sites, on an unknown host, and its longer names", () => {
    expect(namesAnotherOutlet('www.thetimes.com', TIMES, 'The Times')).toBe(false);
    expect(namesAnotherOutlet('www.telegraph.co.uk', TELEGRAPH, 'The Telegraph')).toBe(false);
    expect(namesAnotherOutlet('www.bbc.co.uk', TIMES, 'The Times')).toBe(false);
    expect(namesAnotherOutlet('', TIMES, 'The Times')).toBe(false);
    expect(namesAnotherOutlet('www.nytimes.com', TIMES, 'Times of London')).toBe(false);
    expect(namesAnotherOutlet('apnews.com', ['AP', 'Associated Press'], 'AP')).toBe(false);
  });
});
