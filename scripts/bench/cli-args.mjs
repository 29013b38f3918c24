/**
 * The number after `--name` in a script's arguments, or `fallback` when the option is absent: the comparison
 * scripts take their page and run counts this way.
 * @param {string[]} args
 * @param {string} name
 * @param {number} fallback
 */
export function numberOption(args, name, fallback) {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
}

/**
 * The arguments that are neither an option nor an option's value (revisions, checkouts), in order.
 * @param {string[]} args
 */
export function positionals(args) {
  return args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
}
