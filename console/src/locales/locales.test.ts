import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENS } from '../screens';
import { LOCALES, type LocaleTree as Tree } from '.';

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const locales = { en: flatten(LOCALES.en), 'zh-CN': flatten(LOCALES['zh-CN']) };
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('the locale files', () => {
  it('have the same keys in Chinese and English', () => {
    const missingInEn = [...locales['zh-CN'].keys()].filter((key) => !locales.en.has(key));
    const missingInZh = [...locales.en.keys()].filter((key) => !locales['zh-CN'].has(key));
    expect({ missingInEn, missingInZh }).toEqual({ missingInEn: [], missingInZh: [] });
  });

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const [key, text] of locales.en) {
      expect(text.trim(), `en: ${key}`).not.toBe('');
      expect(locales['zh-CN'].get(key)?.trim(), `zh-CN: ${key}`).not.toBe('');
      expect(variables(locales['zh-CN'].get(key) ?? ''), key).toEqual(variables(text));
    }
  });

  it('hold every key the console asks for by name', () => {
    const used = new Set<string>();
    for (const file of sources(path.join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !locales.en.has(key) || !locales['zh-CN'].has(key));
    expect(missing).toEqual([]);
  });

  it('name every menu entry and every API error code', () => {
    const codes = ['invalid', 'invalid_token', 'unauthorized', 'deactivated', 'forbidden', 'csrf', 'not_found', 'method_not_allowed',
      'request_timeout', 'conflict', 'in_progress', 'too_many_attempts', 'headers_too_large', 'internal', 'database_unavailable',
      'temporal_unavailable', 'network'];
    const keys = [...SCREENS.map((s) => `nav.${s.id}`), ...codes.map((code) => `errors.${code}`)];
    for (const locale of Object.values(locales)) expect(keys.filter((key) => !locale.has(key))).toEqual([]);
  });
});
