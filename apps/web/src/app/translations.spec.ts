import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const load = (language: string): Tree =>
  JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${language}.json`), 'utf8')) as Tree;

describe('translations', () => {
  const nl = keys(load('nl')).sort();
  const en = keys(load('en')).sort();

  it('have the same keys in Dutch and English', () => {
    expect(en.filter((key) => !nl.includes(key))).toEqual([]);
    expect(nl.filter((key) => !en.includes(key))).toEqual([]);
  });

  it('have no empty texts', () => {
    const flat = (tree: Tree): string[] =>
      Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : flat(value)));
    expect([...flat(load('nl')), ...flat(load('en'))].filter((text) => text.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const lookup = (tree: Tree, key: string) =>
      key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string;
    const nlTree = load('nl');
    const enTree = load('en');
    const mismatched = nl.filter(
      (key) => placeholders(lookup(nlTree, key)).join() !== placeholders(lookup(enTree, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
