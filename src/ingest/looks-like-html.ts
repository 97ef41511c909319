/** Text whose first tag is an HTML document or body element: read as HTML when nothing else says what it is. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);
}
