// Ids and slugs without diacritics: `Lắng nghe, đối thoại` -> `lang-nghe-doi-thoai`.

export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, maxLength).replace(/-+$/, '');
  return cut || 'x';
}

/** Returns `base`, or `base-2`, `base-3`... so that every id is unique within `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
