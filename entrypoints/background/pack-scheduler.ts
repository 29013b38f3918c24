import type { InstalledPack } from '@/utils/installed-pack';
import type { PackSubscriptions } from './pack-subscriptions';

/** The alarm that checks every subscribed pack; one name, so a restarted background finds it again. */
export const CHECK_ALARM = 'fact-linker-pack-check';
/** How often subscribed packs are checked: daily. */
export const CHECK_PERIOD_MINUTES = 1440;

/** The part of `browser.alarms` the scheduler uses, so tests drive it with a fake clock. */
export interface Alarms {
  get(name: string): Promise<unknown>;
  create(name: string, info: { periodInMinutes: number }): void | Promise<void>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * Listens for the daily check's alarm and creates the alarm if the browser does not hold it yet: creating it at every
 * start would push the next check a day further each time the background wakes, so it might never run. The listener is
 * added at once, as a background woken by the alarm must have it before its first event is dispatched.
 */
export async function schedulePackChecks(alarms: Alarms, run: () => Promise<void>): Promise<void> {
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CHECK_ALARM) void run();
  });
  if (!(await alarms.get(CHECK_ALARM)))
    await alarms.create(CHECK_ALARM, { periodInMinutes: CHECK_PERIOD_MINUTES });
}

/**
 * Checks every subscribed pack in turn: an unchanged one only records when it was checked; a changed one records the
 * update waiting for the reader, or, with automatic updates on, installs it keeping every record edited here; a
 * failure is recorded as that pack's last error (./pack-subscriptions.ts) and the others are still checked.
 */
export async function checkSubscribedPacks(
  subscriptions: Pick<PackSubscriptions, 'check' | 'updateKeepingMine'>,
  packs: () => Promise<InstalledPack[]>,
  log: (message: string) => void,
): Promise<void> {
  for (const pack of await packs()) {
    try {
      const result = await subscriptions.check(pack.id);
      if (result.status === 'update' && pack.autoUpdate === true)
        await subscriptions.updateKeepingMine(pack.id);
    } catch (error) {
      log(`Fact Linker could not update “${pack.title}”: ${error instanceof Error ? error.message : error}`);
    }
  }
}
