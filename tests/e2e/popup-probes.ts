// Functions the popup suite runs inside the popup page. Each is serialised on its own: it uses only its argument.

/** One thing to do in the popup, the way a reader would name it: a button's text, a field's label. */
export type PopupAction =
  | { click: string }
  | { fill: string; value: string }
  | { choose: string; value: string }
  | { pick: { name: string; text?: string; bytes?: number } };

/**
 * Popup page: performs one action once its target is there and enabled, as a reader waits for a button to appear;
 * throws after 5 s naming the missing or disabled target, so a failing step names itself.
 */
export async function act(action: PopupAction): Promise<void> {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const labelled = (name: string) => {
    for (const label of document.querySelectorAll('label')) {
      const own = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
      if (clean(own.map((node) => node.textContent).join('')) !== name && clean(label.textContent) !== name)
        continue;
      const control = label.htmlFor
        ? document.getElementById(label.htmlFor)
        : label.querySelector('input, select, textarea');
      if (control) return control as HTMLInputElement;
    }
    throw new Error(`Nothing named ${name}`);
  };
  const find = (): HTMLElement => {
    if ('fill' in action) return labelled(action.fill);
    if (!('click' in action)) return labelled((action as { choose: string }).choose);
    const named = (element: Element) =>
      clean(element.getAttribute('aria-label')) === action.click ||
      clean((element.querySelector('.fl-row-name, .fl-mention-name') ?? element).textContent) ===
        action.click;
    return (
      [...document.querySelectorAll<HTMLElement>('button, [role="tab"], [role="option"], a')].find(named) ??
      labelled(action.click)
    );
  };
  const ready = async (): Promise<HTMLElement> => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      try {
        const target = find();
        if (!(target as HTMLButtonElement).disabled) return target;
        if (Date.now() > deadline) throw new Error(`${clean(target.textContent)} stays disabled`);
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  if ('pick' in action) {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('No file input');
    const { name, text, bytes } = action.pick;
    const file = new File([text ?? new Uint8Array(bytes ?? 0)], name, { type: 'application/json' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  const target = await ready();
  if ('click' in action) {
    target.click();
  } else {
    const field = target as HTMLInputElement;
    field.value = action.value;
    field.dispatchEvent(new Event('fill' in action ? 'input' : 'change', { bubbles: true }));
  }
}

/** Popup page: the text of the alert and status regions and of the page, to wait on and assert. */
export function popupText(): { alert: string; status: string; body: string } {
  const text = (selector: string) =>
    [...document.querySelectorAll<HTMLElement>(selector)].map((element) => element.textContent).join(' ');
  return {
    alert: text('[role="alert"]'),
    status: text('[role="status"]'),
    body: document.body.textContent ?? '',
  };
}

/** Popup page: the names of the entries list's options as shown. */
export function listedNames(): string[] {
  return [...document.querySelectorAll('[role="option"] .fl-row-name')].map((row) => row.textContent ?? '');
}

/**
 * Popup page: from now on, keeps the text of every Blob handed to URL.createObjectURL with the name of the link
 * that downloads it, and stops the link from saving a file (tests must not write to the machine's downloads).
 */
export function captureDownloads(): void {
  const scope = window as unknown as { __downloads?: { name: string; text: Promise<string> }[] };
  if (scope.__downloads) return;
  const captured: { name: string; text: Promise<string> }[] = [];
  scope.__downloads = captured;
  const create = URL.createObjectURL.bind(URL);
  const pending = new Map<string, Promise<string>>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    if (blob instanceof Blob) pending.set(url, blob.text());
    return url;
  };
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof HTMLAnchorElement ? event.target : null;
      const text = link && pending.get(link.href);
      if (!link || !text) return;
      event.preventDefault();
      captured.push({ name: link.download, text });
    },
    true,
  );
}

/** Popup page: the downloads captured so far, with their text. */
export async function readDownloads(): Promise<{ name: string; text: string }[]> {
  const scope = window as unknown as { __downloads?: { name: string; text: Promise<string> }[] };
  return Promise.all((scope.__downloads ?? []).map(async ({ name, text }) => ({ name, text: await text })));
}

/** Popup page (after axe-core is injected): every violation on the page, as rule id, impact and targets. */
export async function axeViolations(): Promise<{ id: string; impact: string; targets: string[] }[]> {
  type Result = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };
  const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Result[] }> } })
    .axe;
  const { violations } = await axe.run(document);
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? '',
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
