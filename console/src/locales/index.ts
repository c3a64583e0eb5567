/**
 * The console's strings: one folder per language, one file per area of the console (common.json for the shell,
 * sign-in and errors; inbox.json, pipeline.json, … for the screens), each file holding its area's top-level key.
 * A new file is picked up here without further wiring; locales.test.ts holds both languages to the same keys.
 */
export type LocaleTree = { [key: string]: string | LocaleTree };

const files = import.meta.glob('./*/*.json', { eager: true, import: 'default' }) as Record<string, LocaleTree>;

function merged(language: string): LocaleTree {
  const tree: LocaleTree = {};
  for (const [file, content] of Object.entries(files)) {
    if (!file.startsWith(`./${language}/`)) continue;
    for (const [key, value] of Object.entries(content)) {
      if (key in tree) throw new Error(`locale key "${key}" is defined twice in ${language} (again in ${file})`);
      tree[key] = value;
    }
  }
  return tree;
}

export const LOCALES = { en: merged('en'), 'zh-CN': merged('zh-CN') };
