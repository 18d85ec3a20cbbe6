// What an input is: an article text, a saved news page, or an article JSON. The content decides when
// it is clear, so a page saved as .txt is still read as a page; the name decides the rest.

export type InputKind = 'text' | 'html' | 'json';

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu;
const ANY_TAG = /<[a-z][^>]*>/iu;

const extension = (name: string) => /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function detectKind(text: string, name?: string): InputKind {
  if (HTML_START.test(text)) return 'html';
  const ext = name ? extension(name) : '';
  if (/^\s*[[{]/u.test(text)) {
    // Declared JSON, or pasted text that starts like it: its own errors are the helpful message.
    if (parsesAsJson(text) || ext === 'json' || !name) return 'json';
  }
  if ((ext === 'html' || ext === 'htm') && ANY_TAG.test(text)) return 'html';
  return 'text';
}
