import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type * as z from 'zod/mini';
import type { FigureKind, KeyFigure } from '../../../lib/calc/shared/key-figures';
import {
  MAX_SCENARIOS,
  addScenario,
  compareScenarios,
  comparisonParam,
  comparisonSchema,
  deleteScenario,
  duplicateScenario,
  readScenarios,
  renameScenario,
  scenariosKey,
  writeScenarios,
  type ListChange,
  type SavedScenario,
  type ScenarioItem,
} from '../../../lib/scenarios';
import { decodeState, shareUrl, withoutParam } from '../../../lib/share-state';
import { formatMoney, formatNumber, formatPercent, type Currency } from '../../../lib/money';
import { readStored, writeStored, type StorageProblem } from '../../../stores/scenarios';
import { calcKey, makeT, type Strings, type T } from '../../../i18n/translate';
import { copyShareLink } from './copy-link';
import { downloadText } from './download';
import { useMounted } from './useMounted';

/** What the scenarios part needs of one calculator; its `<Name>Scenarios.tsx` passes it. */
export interface ScenarioAdapter<S> {
  /** The calculator's name: storage key, figure labels (`<name>.figure.<id>`) and file names. */
  calculator: string;
  /** Its share parameter; a comparison link carries `<param>-scenarios`. */
  param: string;
  /** The schema of its input state: the one its share links use, which also opens older stored shapes. */
  schema: z.ZodMiniType<S>;
  /** The inputs on screen now. */
  current: () => S;
  /** Puts a saved state into the calculator. */
  apply: (state: S) => void;
  figures: (state: S) => KeyFigure[];
  currency: (state: S) => Currency;
  /** A name from the key inputs ("满¥300减¥50 · ¥81.00"), in the reader's language. */
  name: (state: S, t: T, intl: string) => string;
}

export interface ScenariosProps {
  /** `Intl` locale, e.g. 'zh-CN'. */
  intl: string;
  strings: Strings;
}

type Shared<S> = { status: 'none' } | { status: 'rejected' } | { status: 'open'; scenarios: { name: string; state: S }[] };


/**
 * Saved scenarios of one calculator: save the inputs on screen under a name, list, open, rename, duplicate,
 * delete, compare two or three, share a comparison as a link and export all as CSV. Rendered on the server
 * as its heading, the save button and the empty line; the list is read from storage once mounted.
 */
export function Scenarios<S>({ intl, strings, adapter }: ScenariosProps & { adapter: ScenarioAdapter<S> }) {
  const t = makeT(strings);
  const mounted = useMounted();
  const key = scenariosKey(adapter.calculator);
  const param = comparisonParam(adapter.param);
  const [items, setItems] = useState<ScenarioItem<S>[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<StorageProblem | 'max'>(null);
  const [announce, setAnnounce] = useState('');
  const [linkMessage, setLinkMessage] = useState('');
  const [fallbackLink, setFallbackLink] = useState('');
  const [shared, setShared] = useState<Shared<S>>({ status: 'none' });
  const root = useRef<HTMLDivElement>(null);
  /** Where focus goes after the next render: a scenario's name, a button by `data-action`, or the save button. */
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const load = () => {
      const stored = readStored(key);
      setItems(readScenarios(stored.raw, adapter.schema));
      if (stored.problem) setProblem(stored.problem);
    };
    load();
    const decoded = decodeState(comparisonSchema(adapter.schema), location.search, param);
    if (decoded.status === 'ok') setShared({ status: 'open', scenarios: decoded.value.scenarios });
    else if (decoded.status === 'rejected') setShared({ status: 'rejected' });
    // Another tab saved or deleted: show its list.
    const onStorage = (e: StorageEvent) => e.key === key && load();
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    const want = focusNext.current;
    if (!want || !root.current) return;
    focusNext.current = null;
    root.current.querySelector<HTMLElement>(want)?.focus();
  });

  const commit = (change: ListChange<S>, message: (list: ScenarioItem<S>[], id: string) => string, focus: (id: string) => string) => {
    if (!change.ok) {
      if (change.reason === 'full') setProblem('max');
      return;
    }
    setItems(change.items);
    const written = writeStored(key, writeScenarios(change.items));
    setProblem(written);
    setAnnounce(message(change.items, change.id));
    focusNext.current = focus(change.id);
  };
  const nameOf = (list: readonly ScenarioItem<S>[], id: string) => {
    const item = list.find((i) => (i.ok ? i.scenario.id : i.id) === id);
    return item?.ok ? item.scenario.name : (item?.name ?? '');
  };
  const nameFocus = (id: string) => `[data-scenario-id="${id}"] [data-scenario-name]`;
  const saveFocus = '[data-action="scenario-save"]';

  const save = () => {
    const state = adapter.current();
    commit(addScenario(items, adapter.name(state, t, intl), state, new Date()), (list, id) => t('scenarios.announce.saved', { name: nameOf(list, id) }), nameFocus);
  };
  const rename = (id: string, name: string) => {
    setEditing(null);
    commit(renameScenario(items, id, name), (list) => t('scenarios.announce.renamed', { name: nameOf(list, id) }), () => `[data-scenario-id="${id}"] [data-action="scenario-rename"]`);
  };
  const cancelRename = (id: string) => {
    setEditing(null);
    focusNext.current = `[data-scenario-id="${id}"] [data-action="scenario-rename"]`;
  };
  const duplicate = (id: string) =>
    commit(duplicateScenario(items, id, new Date()), (list, copy) => t('scenarios.announce.duplicated', { name: nameOf(list, copy) }), nameFocus);
  const remove = (id: string, name: string) => {
    setPicked((p) => p.filter((x) => x !== id));
    commit(deleteScenario(items, id), () => t('scenarios.announce.deleted', { name }), (next) => (next ? nameFocus(next) : saveFocus));
  };
  const open = (s: SavedScenario<S>) => {
    adapter.apply(s.state);
    setAnnounce(t('scenarios.announce.opened', { name: s.name }));
  };
  const togglePick = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));

  const leaveShared = () => {
    try {
      history.replaceState(history.state, '', withoutParam(location.href, param));
    } catch {
      /* the view still closes */
    }
    setShared({ status: 'none' });
  };
  const saveShared = (list: { name: string; state: S }[]) => {
    let next: ScenarioItem<S>[] = items;
    let added = 0;
    for (const s of list) {
      const change = addScenario(next, s.name, s.state, new Date());
      if (!change.ok) break;
      next = change.items;
      added++;
    }
    leaveShared();
    commit({ ok: true, items: next, id: '' }, () => t('scenarios.shared.saved', { count: added }), () => saveFocus);
  };

  const readable = items.flatMap((i) => (i.ok ? [i.scenario] : []));
  const figuresById = useMemo(() => new Map(readable.map((s) => [s.id, adapter.figures(s.state)])), [items]);
  const compared = readable.filter((s) => picked.includes(s.id));

  const fmt = (kind: FigureKind, value: number | null, currency: Currency) => {
    if (value === null) return '—';
    switch (kind) {
      case 'money':
        return formatMoney(value, currency, intl);
      case 'rate':
        return formatPercent(value, intl, 2);
      case 'count':
        return formatNumber(value, intl, 0);
      case 'days':
      case 'months':
        return t(`scenarios.unit.${kind}`, { n: formatNumber(value, intl, 1) });
      default:
        return formatNumber(value, intl, 2);
    }
  };
  const fmtDiff = (kind: FigureKind, diff: number, currency: Currency) => {
    // The same hyphen-minus as the amounts Intl writes on the page ("-CN¥5,757.20").
    const sign = diff > 0 ? '+' : diff < 0 ? '-' : '±';
    if (kind === 'rate') return t('scenarios.pp', { value: `${sign}${formatNumber(Math.abs(diff) * 100, intl, 2)}` });
    return `${sign}${fmt(kind, Math.abs(diff), currency)}`;
  };
  const label = (id: string) => t(calcKey(`${adapter.calculator}.figure.${id}`));
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short' }), [intl]);

  const copyLink = async (list: { name: string; state: S }[]) => {
    const url = shareUrl(withoutParam(location.href, adapter.param), param, { version: 1, scenarios: list });
    const result = await copyShareLink(url);
    setFallbackLink(result === 'failed' ? url : '');
    setLinkMessage(t(result === 'copied' ? 'calc.shareCopied' : result === 'failed' ? 'calc.shareFailed' : 'calc.shareTooLong'));
  };
  const csv = async () => {
    // Loaded on demand: only a download needs it.
    const { scenariosCsv } = await import('../../../lib/scenarios-csv');
    let n = 0;
    const rows = items.map((item) => {
      n++;
      if (!item.ok) return { name: item.name ?? t('scenarios.unread.name', { n }), savedAt: null, currency: null, figures: null };
      const s = item.scenario;
      return { name: s.name, savedAt: s.savedAt, currency: adapter.currency(s.state), figures: figuresById.get(s.id) ?? [] };
    });
    const text = scenariosCsv(rows, {
      name: t('scenarios.csv.name'),
      savedAt: t('scenarios.csv.savedAt'),
      currency: t('scenarios.csv.currency'),
      figure: label,
      unread: t('scenarios.unread'),
    });
    downloadText(`${adapter.calculator}-scenarios.csv`, text, 'text/csv;charset=utf-8');
  };

  const table = (list: { name: string; state: S }[]) => {
    const entries = list.map((s) => ({ name: s.name, currency: adapter.currency(s.state), figures: adapter.figures(s.state) }));
    const rows = compareScenarios(entries);
    const mixed = entries.some((e) => e.currency !== entries[0]?.currency);
    return (
      <>
        <p class="scenarios-note">{t('scenarios.compare.note')}</p>
        {mixed && <p class="calc-warning">{t('scenarios.compare.currency')}</p>}
        <div class="table-scroll scenarios-compare-scroll" tabIndex={0} role="region" aria-label={`${t('scenarios.compare.title')}: ${entries.map((e) => e.name).join(' / ')}`}>
          <table class="scenarios-compare" data-scenarios-compare>
            <thead>
              <tr>
                <th scope="col">{t('scenarios.compare.figure')}</th>
                {entries.map((e, i) => <th scope="col" class="num" key={i}>{e.name}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-figure={row.id}>
                  <th scope="row">{label(row.id)}</th>
                  {row.values.map((v, i) => {
                    const currency = entries[i]!.currency;
                    const diff = row.diffs[i];
                    return (
                      <td class="num" key={i} data-best={row.best[i] ? 'true' : undefined}>
                        <span class="scenarios-value">{fmt(row.kind, v, currency)}</span>
                        {row.best[i] && <span class="scenarios-best"> ✓ {t('scenarios.compare.better')}</span>}
                        {diff !== null && diff !== undefined && <span class="scenarios-diff" data-diff>{fmtDiff(row.kind, diff, currency)}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  };

  const linkStatus = (
    <>
      <p class="calc-actions-status" role="status">{linkMessage}</p>
      {fallbackLink && (
        <input type="text" class="calc-actions-link" readOnly value={fallbackLink} aria-label={t('calc.shareLink')} onFocus={(e) => e.currentTarget.select()} />
      )}
    </>
  );

  let unreadCount = 0;
  return (
    // Not a landmark: a chapter with two calculators would have two regions called "Scenarios".
    <div class="calc-scenarios" ref={root} data-scenarios={adapter.calculator} data-ready={mounted ? 'true' : undefined}>
      <h3>{t('scenarios.title')}</h3>
      <p class="scenarios-note">{t('scenarios.lead')}</p>
      {shared.status === 'rejected' && <p class="calc-notice calc-notice--rejected" role="status" data-scenarios-shared="rejected">{t('scenarios.shared.rejected')}</p>}
      {shared.status === 'open' && (
        <div class="calc-notice calc-notice--shared scenarios-shared" role="region" aria-label={t('scenarios.shared.title')} data-scenarios-shared="open">
          <p><strong>{t('scenarios.shared.title')}</strong> {t('scenarios.shared.note')}</p>
          {table(shared.scenarios)}
          <div class="calc-notice-actions">
            <button type="button" data-action="scenarios-shared-save" onClick={() => saveShared(shared.scenarios)}>{t('scenarios.shared.save')}</button>
            <button type="button" data-action="scenarios-shared-close" onClick={leaveShared}>{t('scenarios.shared.close')}</button>
          </div>
        </div>
      )}
      <div class="scenarios-save">
        <button type="button" class="button-primary" data-action="scenario-save" onClick={save}>{t('scenarios.save')}</button>
      </div>
      {problem && (
        <p class="calc-warning" role="status" data-scenarios-problem={problem}>
          {problem === 'max' ? t('scenarios.full', { max: MAX_SCENARIOS }) : t(`scenarios.storage.${problem}`)}
        </p>
      )}
      <p class="visually-hidden" role="status" data-scenarios-announce>{announce}</p>
      {items.length === 0 ? (
        <p class="scenarios-empty" data-scenarios-empty>{t('scenarios.empty')}</p>
      ) : (
        <ul class="scenarios-list" aria-label={t('scenarios.list')}>
          {items.map((item) => {
            if (!item.ok) {
              unreadCount++;
              const name = item.name ?? t('scenarios.unread.name', { n: unreadCount });
              const json = (() => {
                try {
                  JSON.parse(item.raw);
                  return true;
                } catch {
                  return false;
                }
              })();
              return (
                <li class="scenario scenario--unread" key={item.id} data-scenario-id={item.id} data-unread>
                  <p class="scenario-head">
                    <strong data-scenario-name tabIndex={-1}>{name}</strong> <span class="scenario-badge">{t('scenarios.unread')}</span>
                  </p>
                  <p class="scenarios-note">{t('scenarios.unread.note')}</p>
                  <div class="scenario-actions">
                    <button type="button" data-action="scenario-download" aria-label={t('scenarios.download.label', { name })}
                      onClick={() => downloadText(`${adapter.calculator}-scenario-${item.id}.${json ? 'json' : 'txt'}`, item.raw, json ? 'application/json' : 'text/plain;charset=utf-8')}>
                      {t('scenarios.download')}
                    </button>
                    <button type="button" data-action="scenario-remove" aria-label={t('scenarios.remove.label', { name })} onClick={() => remove(item.id, name)}>
                      {t('scenarios.remove')}
                    </button>
                  </div>
                </li>
              );
            }
            const s = item.scenario;
            const figures = figuresById.get(s.id) ?? [];
            const currency = adapter.currency(s.state);
            const isPicked = picked.includes(s.id);
            return (
              <li class="scenario" key={s.id} data-scenario-id={s.id}>
                {editing === s.id ? (
                  <RenameField id={s.id} name={s.name} t={t} onDone={(name) => (name === null ? cancelRename(s.id) : rename(s.id, name))} />
                ) : (
                  <p class="scenario-head">
                    <strong data-scenario-name tabIndex={-1}>{s.name}</strong>
                    {Date.parse(s.savedAt) > 0 && <span class="scenario-date">{t('scenarios.savedAt', { date: dateFormat.format(new Date(s.savedAt)) })}</span>}
                  </p>
                )}
                <dl class="scenario-figures">
                  {figures.map((f) => (
                    <div key={f.id}><dt>{label(f.id)}</dt><dd>{fmt(f.kind, f.value, currency)}</dd></div>
                  ))}
                </dl>
                <div class="scenario-actions">
                  <label class="scenario-pick">
                    <input type="checkbox" checked={isPicked} disabled={!isPicked && compared.length >= 3} data-action="scenario-pick"
                      aria-label={t('scenarios.pick.label', { name: s.name })} onChange={(e) => togglePick(s.id, e.currentTarget.checked)} />
                    {t('scenarios.pick')}
                  </label>
                  <button type="button" data-action="scenario-open" aria-label={t('scenarios.open.label', { name: s.name })} onClick={() => open(s)}>{t('scenarios.open')}</button>
                  <button type="button" data-action="scenario-rename" aria-label={t('scenarios.rename.label', { name: s.name })} onClick={() => setEditing(s.id)}>{t('scenarios.rename')}</button>
                  <button type="button" data-action="scenario-duplicate" aria-label={t('scenarios.duplicate.label', { name: s.name })} onClick={() => duplicate(s.id)}>{t('scenarios.duplicate')}</button>
                  <button type="button" data-action="scenario-delete" aria-label={t('scenarios.delete.label', { name: s.name })} onClick={() => remove(s.id, s.name)}>{t('scenarios.delete')}</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {readable.length >= 2 && (
        <div class="scenarios-comparison" data-scenarios-comparison>
          <h4>{t('scenarios.compare.title')}</h4>
          {compared.length < 2 ? (
            <p class="scenarios-note">{t('scenarios.compare.hint')}</p>
          ) : (
            <>
              {table(compared.map((s) => ({ name: s.name, state: s.state })))}
              {compared.length >= 3 && <p class="scenarios-note">{t('scenarios.compare.max')}</p>}
              <div class="calc-actions">
                <button type="button" data-action="scenarios-share" onClick={() => void copyLink(compared.map((s) => ({ name: s.name, state: s.state })))}>{t('scenarios.share')}</button>
                {linkStatus}
              </div>
            </>
          )}
        </div>
      )}
      {items.length > 0 && (
        <div class="calc-actions">
          <button type="button" data-action="scenarios-csv" onClick={() => void csv()}>{t('scenarios.csv')}</button>
        </div>
      )}
    </div>
  );
}

/** The name field that replaces a scenario's name while it is renamed: Enter keeps, Escape cancels, leaving keeps. */
function RenameField({ id, name, t, onDone }: { id: string; name: string; t: T; onDone: (name: string | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  return (
    <div class="scenario-rename field">
      <label for={`scenario-rename-${id}`}>{t('scenarios.rename.field', { name })}</label>
      <input id={`scenario-rename-${id}`} ref={input} type="text" maxLength={80} defaultValue={name} aria-describedby={`scenario-rename-${id}-hint`}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(e.currentTarget.value);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(null);
          }
        }}
        onBlur={(e) => finish(e.currentTarget.value)} />
      <p class="field-note" id={`scenario-rename-${id}-hint`}>{t('scenarios.rename.hint')}</p>
    </div>
  );
}
