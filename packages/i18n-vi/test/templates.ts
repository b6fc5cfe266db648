// Reading templates (messages and terms) independently of the package's own placeholder machinery.

const PLACEHOLDER = /\{([^{}:]+)(?::([^{}]+))?\}/g;

/** The placeholders that write a value, `{name}` or `{name:type}`, sorted (the ones that choose a plural word left out). */
export function valuePlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .filter((match) => !(match[2] ?? '').startsWith('plural('))
    .map((match) => match[0])
    .sort();
}

/** The details the `{name:plural(one|other)}` placeholders of a template count. */
export function pluralDetails(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .filter((match) => (match[2] ?? '').startsWith('plural('))
    .map((match) => match[1] ?? '');
}

/** The detail names of the value placeholders (`{a|b:number}` names `a` and `b`). */
export function valueDetails(template: string): string[] {
  return valuePlaceholders(template).flatMap((placeholder) =>
    (placeholder.slice(1, -1).split(':')[0] ?? '').split('|'),
  );
}

/**
 * Vietnamese letters: đ, and any letter with a breve, circumflex, horn or tone mark (checked on the NFD form, so
 * precomposed and combining spellings are both caught).
 */
export function vietnameseLetters(text: string): string[] {
  return [...text.normalize('NFD').matchAll(/[đĐ]|[A-Za-z][\u0300-\u036f]+/g)].map((match) =>
    match[0].normalize('NFC'),
  );
}
