/** Client-side access to the dictionary subset a calculator receives from its page. */
export type Strings = Record<string, string>;

/** A translator over a strings subset; missing keys show the key so the gap is visible in tests. */
export function makeT(strings: Strings) {
  return (key: string, params?: Record<string, string | number>): string => {
    const template = strings[key] ?? key;
    if (!params) return template;
    return template.replace(/\{([\w.-]+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
export type T = ReturnType<typeof makeT>;
