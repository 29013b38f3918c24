import { describe, expect, it } from 'vitest';
import { FrameTickets, type TicketStore } from './frame-tickets';

function memoryStore(): TicketStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, value);
    },
    remove: async (key) => {
      data.delete(key);
    },
  };
}

describe('FrameTickets', () => {
  it('gives both askers of one tab the same ticket, even when they ask at once', async () => {
    const tickets = new FrameTickets(memoryStore());
    const [a, b] = await Promise.all([tickets.get(7), tickets.get(7)]);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toBe(a);
  });

  it('gives different tabs different tickets', async () => {
    const tickets = new FrameTickets(memoryStore());
    expect(await tickets.get(1)).not.toBe(await tickets.get(2));
  });

  it('keeps a ticket across a restarted worker, and makes a new one once the tab is dropped', async () => {
    const store = memoryStore();
    const first = await new FrameTickets(store).get(3);
    const restarted = new FrameTickets(store);
    expect(await restarted.get(3)).toBe(first);
    await restarted.drop(3);
    expect(await restarted.get(3)).not.toBe(first);
  });
});
