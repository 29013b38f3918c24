import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mutationsDelivered } from '@/tests/helpers/engine-env';
import { markOwnUi } from './own-ui';
import { type TreeChanges, TreeObserver } from './tree-observer';

function watch(root: Node = document.body, threshold?: number) {
  const batches: TreeChanges[] = [];
  let rescans = 0;
  const observer = new TreeObserver(
    { apply: (changes) => batches.push(changes), rescan: () => rescans++ },
    threshold,
  );
  observer.observe(root);
  return { batches, rescans: () => rescans, observer };
}

let stop: (() => void) | undefined;
beforeEach(() => {
  document.body.innerHTML = '<main id="m"><p id="p">Keir Starmer</p><p id="q">Macron</p></main>';
});
afterEach(() => stop?.());

describe('TreeObserver', () => {
  it('reports an appended subtree once, without its nested additions', async () => {
    const { batches, observer } = watch();
    stop = () => observer.destroy();
    const div = document.createElement('div');
    document.getElementById('m')!.append(div);
    div.innerHTML = '<p>NATO</p>';
    div.firstElementChild!.append(' and the UN');
    await mutationsDelivered();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.added).toEqual([div]);
    expect(batches[0]!.touched).toEqual([document.getElementById('m')]);
  });

  it('tells moves from deletions; a node added then removed is no addition', async () => {
    const { batches, observer } = watch();
    stop = () => observer.destroy();
    const p = document.getElementById('p')!;
    const q = document.getElementById('q')!;
    const temp = document.createElement('p');
    document.body.append(p, temp);
    q.remove();
    temp.remove();
    await mutationsDelivered();
    const [changes] = batches;
    expect(changes!.moved).toEqual([p]);
    expect(changes!.added).toEqual([]);
    expect(changes!.removed).toEqual([q, temp]);
  });

  it('reports an edited text node as touched', async () => {
    const { batches, observer } = watch();
    stop = () => observer.destroy();
    const text = document.getElementById('q')!.firstChild as Text;
    text.data = 'Emmanuel Macron';
    await mutationsDelivered();
    expect(batches).toEqual([{ added: [], moved: [], removed: [], touched: [text] }]);
  });

  it('asks for one wholesale rescan when a batch adds more nodes than the threshold', async () => {
    const { batches, rescans, observer } = watch(document.body, 10);
    stop = () => observer.destroy();
    for (let i = 0; i < 11; i++) document.body.append(document.createElement('p'));
    await mutationsDelivered();
    expect(rescans()).toBe(1);
    expect(batches).toEqual([]);
    for (let i = 0; i < 10; i++) document.body.append(document.createElement('p'));
    await mutationsDelivered();
    expect(rescans()).toBe(1);
    expect(batches).toHaveLength(1);
  });

  it('ignores the insertion of our own UI host, but not a look-alike the page adds', async () => {
    const { batches, observer } = watch(document);
    stop = () => observer.destroy();
    const host = markOwnUi(document.createElement('div'));
    document.documentElement.append(host);
    const lookAlike = document.createElement('div');
    document.documentElement.append(lookAlike);
    await mutationsDelivered();
    const added = batches.flatMap((b) => [...b.added]);
    expect(added).not.toContain(host);
    expect(added).toContain(lookAlike);
    host.remove();
    lookAlike.remove();
  });

  it('observes open shadow roots it is given', async () => {
    const host = document.createElement('x-card');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const { batches, observer } = watch();
    stop = () => observer.destroy();
    observer.observe(shadow);
    const p = document.createElement('p');
    shadow.append(p);
    await mutationsDelivered();
    expect(batches.at(-1)!.added).toEqual([p]);
  });
});
