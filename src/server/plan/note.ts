// The plan's completion in «Аналитическая справка по итогам мониторинга» (issue #19): how much of
// each programme's plan was done, as plain blocks the note's adapter lays out. Pure.
import type { NoteBlock } from '../monitoring';
import { ruDate } from '../store/dates';
import type { PairProgress } from './progress';
import { NOTE_TEXTS } from './texts';

export function planNoteBlocks(
  pairs: ReadonlyArray<{ progress: PairProgress; mentor: string }>,
): NoteBlock[] {
  if (pairs.length === 0) return [];
  const sum = (f: (p: PairProgress) => number) => pairs.reduce((n, p) => n + f(p.progress), 0);
  const planned = sum((p) => p.planned);
  const done = sum((p) => p.done);
  const blocks: NoteBlock[] = [
    { kind: 'heading', text: NOTE_TEXTS.heading },
    {
      kind: 'paragraph',
      text: NOTE_TEXTS.summary(
        pairs.length,
        planned,
        done,
        planned > 0 ? `${Math.round((done / planned) * 100)} %` : '—',
        sum((p) => p.outside),
        sum((p) => p.overdue),
      ),
    },
    {
      kind: 'table',
      header: NOTE_TEXTS.header,
      rows: pairs.map(({ progress: p, mentor }) => [
        NOTE_TEXTS.pairCell(p.pairId, mentor),
        `${p.done} из ${p.planned}`,
        String(p.outside),
        String(p.overdue),
        p.lastActivity ? ruDate(p.lastActivity) : '—',
      ]),
    },
  ];
  const behind = pairs.filter((p) => p.progress.attention);
  blocks.push({
    kind: 'paragraph',
    text: behind.length
      ? NOTE_TEXTS.behind(behind.map((p) => `${p.progress.pairId} (${p.progress.reasons.join(', ')})`))
      : NOTE_TEXTS.noneBehind,
  });
  return blocks;
}
