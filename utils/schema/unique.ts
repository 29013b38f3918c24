import * as v from 'valibot';

/**
 * Rejects a list in which two items share a key, naming the later item (and `field` inside it, if given) and the
 * first one, e.g. `aliases[2].text: duplicates aliases[0] ("macron")`.
 */
export function uniqueItems<TItem>(list: string, keyOf: (item: TItem) => string, field?: string) {
  return v.rawCheck<TItem[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const items = dataset.value;
    const firstAt = new Map<string, number>();
    items.forEach((item, index) => {
      const key = keyOf(item);
      const first = firstAt.get(key);
      if (first === undefined) {
        firstAt.set(key, index);
        return;
      }
      const itemPath: v.ArrayPathItem = {
        type: 'array',
        origin: 'value',
        input: items,
        key: index,
        value: item,
      };
      const fieldPath: v.ObjectPathItem[] =
        field === undefined
          ? []
          : [
              {
                type: 'object',
                origin: 'value',
                input: item as Record<string, unknown>,
                key: field,
                value: key,
              },
            ];
      addIssue({
        message: `duplicates ${list}[${first}] (${JSON.stringify(key)})`,
        path: [itemPath, ...fieldPath],
      });
    });
  });
}
