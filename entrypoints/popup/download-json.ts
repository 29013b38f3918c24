/** How long a download's Blob URL lives: long enough for the browser to start saving it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a value as a pretty-printed `.json` file through a Blob URL and a clicked `<a download>`, which works in
 * Chrome and Firefox extension pages without the downloads permission.
 */
export function downloadJson(fileName: string, value: unknown, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
