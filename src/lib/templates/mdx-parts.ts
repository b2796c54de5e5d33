/**
 * The checklists and the steps' owners of a chapter, read from its MDX source section by section, for the
 * campaign checklist and the RACI matrix. Chapters mark them as `<Checklist section="id" items={[…]} />`
 * and `<Step owner="A + B" time="…">text</Step>` (README, "Writing a chapter").
 */
import { splitSections } from '../section-parts';

export interface SectionChecklist {
  section: string;
  title: string;
  items: string[];
}

export interface SectionStep {
  section: string;
  title: string;
  /** Each role named in the step's `owner`, in the order written. */
  owners: string[];
  time: string;
  /** The step's first sentence, as plain text. */
  task: string;
}

/** The strings of a `items={[ "…", "…" ]}` array literal (double-quoted, as the chapters write them). */
function itemsOf(literal: string): string[] {
  const items: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(literal); m; m = re.exec(literal)) items.push(JSON.parse(`"${m[1]!}"`) as string);
  return items;
}

/**
 * Every checklist of a chapter's source, with the section it belongs to.
 * @example checklistsOf('## A {#a}\n<Checklist section="a" items={["x", "y"]} />')[0]?.items //=> ['x', 'y']
 */
export function checklistsOf(source: string): SectionChecklist[] {
  const found: SectionChecklist[] = [];
  for (const s of splitSections(source)) {
    const re = /<Checklist\s+section="([^"]*)"\s+items=\{\[([\s\S]*?)\]\}\s*\/>/g;
    for (let m = re.exec(s.source); m; m = re.exec(s.source)) found.push({ section: m[1] || s.id, title: s.title, items: itemsOf(m[2]!) });
  }
  return found;
}

/**
 * The roles named in an `owner` attribute: "Store manager + Data analyst" is two, "运营 + 财务" too. A role
 * named second is written in lower case ("Team lead + finance"); it is capitalised so it is the same role as
 * when it comes first.
 * @example ownersOf('运营 + 财务') //=> ['运营', '财务']
 * @example ownersOf('Team lead + finance') //=> ['Team lead', 'Finance']
 */
export function ownersOf(owner: string): string[] {
  return owner
    .split(/\s*[+＋]\s*/)
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => o.charAt(0).toUpperCase() + o.slice(1));
}

/** The first sentence of a step's text, without markup. */
function firstSentence(body: string): string {
  const text = body
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const end = /[.。!！?？；;](\s|$)|[。！？；]/.exec(text);
  return end ? text.slice(0, end.index + 1).trim() : text;
}

/**
 * Every step of a chapter's source with its owners, time and task.
 * @example stepsOf('## A {#a}\n<Steps>\n<Step owner="Ops + Data" time="1 day">\nPull the data. Then sort it.\n</Step>\n</Steps>')[0]?.task //=> 'Pull the data.'
 */
export function stepsOf(source: string): SectionStep[] {
  const found: SectionStep[] = [];
  for (const s of splitSections(source)) {
    const re = /<Step\s+owner="([^"]*)"\s+time="([^"]*)"\s*>([\s\S]*?)<\/Step>/g;
    for (let m = re.exec(s.source); m; m = re.exec(s.source)) {
      found.push({ section: s.id, title: s.title, owners: ownersOf(m[1]!), time: m[2]!, task: firstSentence(m[3]!) });
    }
  }
  return found;
}
