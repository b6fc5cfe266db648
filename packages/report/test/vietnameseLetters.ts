// The same test as i18n-vi's (test/templates.ts): Vietnamese letters are đ, and any letter with a breve,
// circumflex, horn or tone mark, checked on the NFD form so that precomposed and combining spellings are caught.
export function vietnameseLetters(text: string): string[] {
  return [...text.normalize('NFD').matchAll(/[đĐ]|[A-Za-z][\u0300-\u036f]+/g)].map((match) =>
    match[0].normalize('NFC'),
  );
}
