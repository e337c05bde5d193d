// The two stages of monitoring in «Аналитическая справка» (issue #19, item 5): the curator's
// assessment (stage 1, beside the participants' questionnaires the note already has) and the
// participants' growth from their self-assessments (stage 2), as plain blocks. Pure.
import { shortName } from '../shared/text';
import { CURATOR_KEYS, type CuratorStats } from './curator';
import type { NoteBlock } from './note';
import { COMPETENCE_KEYS, type GrowthStats, type Stage } from './self-assessment';
import { formatPercent, formatScore } from './stats';
import { COMPETENCE_SHORT, CURATOR_SHORT, ROLE_NAMES_PLURAL, SIGNED, STAGE_NOTE } from './texts';

/** «+0,8», «−0,3», «0,0»; «—» for no value. */
export function formatGrowth(value: number | null): string {
  if (value === null) return '—';
  return SIGNED(formatScore(Math.abs(value)), value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function curatorNoteBlocks(stats: CuratorStats): NoteBlock[] {
  const blocks: NoteBlock[] = [{ kind: 'heading', text: STAGE_NOTE.curatorHeading }];
  if (stats.assessed === 0) return [...blocks, { kind: 'paragraph', text: STAGE_NOTE.curatorNone }];
  blocks.push({ kind: 'paragraph', text: STAGE_NOTE.curatorSummary(stats.assessed, stats.expected) });
  blocks.push({
    kind: 'table',
    header: [STAGE_NOTE.criterion, STAGE_NOTE.average],
    rows: [
      ...CURATOR_KEYS.map((k) => [capitalize(CURATOR_SHORT[k]), formatScore(stats.byCriterion[k])]),
      [STAGE_NOTE.allCriteria, formatScore(stats.overall)],
    ],
  });
  blocks.push({
    kind: 'table',
    header: [STAGE_NOTE.pair, STAGE_NOTE.average, STAGE_NOTE.recommendation],
    rows: stats.byPair.map((p) => [
      p.mentor ? `${p.pairId}, наставник ${shortName(p.mentor)}` : p.pairId,
      p.assessment ? formatScore(p.mean) : STAGE_NOTE.notAssessed,
      p.assessment?.recommendation || '—',
    ]),
  });
  const comments = stats.byPair.filter((p) => p.assessment?.comment);
  if (comments.length) {
    blocks.push({ kind: 'paragraph', text: STAGE_NOTE.comments });
    blocks.push({
      kind: 'list',
      items: comments.map((p) => STAGE_NOTE.commentLine(p.pairId, p.assessment!.comment)),
    });
  }
  return blocks;
}

function missingWhat(stages: readonly Stage[]): string {
  if (stages.length === 2) return STAGE_NOTE.missingBoth;
  return stages[0] === 'start' ? STAGE_NOTE.missingStart : STAGE_NOTE.missingEnd;
}

export function growthNoteBlocks(g: GrowthStats): NoteBlock[] {
  const blocks: NoteBlock[] = [{ kind: 'heading', text: STAGE_NOTE.growthHeading }];
  if (g.complete === 0) blocks.push({ kind: 'paragraph', text: STAGE_NOTE.growthNone });
  else {
    blocks.push({
      kind: 'paragraph',
      text: STAGE_NOTE.growthSummary(g.complete, g.expected, g.grew, formatPercent(g.grew / g.complete)),
    });
    blocks.push({
      kind: 'table',
      header: [STAGE_NOTE.competence, STAGE_NOTE.start, STAGE_NOTE.end, STAGE_NOTE.growth],
      rows: [
        ...COMPETENCE_KEYS.map((k) => [
          capitalize(COMPETENCE_SHORT[k]),
          formatScore(g.byCompetence[k].start),
          formatScore(g.byCompetence[k].end),
          formatGrowth(g.byCompetence[k].growth),
        ]),
      ],
    });
    blocks.push({
      kind: 'list',
      items: (['mentee', 'mentor'] as const)
        .filter((role) => g.byRole[role].complete > 0)
        .map((role) =>
          STAGE_NOTE.byRole(
            ROLE_NAMES_PLURAL[role],
            g.byRole[role].complete,
            g.byRole[role].grew,
            formatGrowth(g.byRole[role].growth),
          ),
        ),
    });
    blocks.push({
      kind: 'table',
      header: STAGE_NOTE.pairsHeader,
      rows: g.byPair.map((p) => [
        p.mentor ? `${p.pairId}, наставник ${shortName(p.mentor)}` : p.pairId,
        `${p.complete} из ${p.expected}`,
        formatGrowth(p.growth),
      ]),
    });
  }
  if (g.missing.length === 0) blocks.push({ kind: 'paragraph', text: STAGE_NOTE.noneMissing });
  else {
    blocks.push({ kind: 'paragraph', text: STAGE_NOTE.missingHead });
    blocks.push({
      kind: 'list',
      items: g.missing.map((m) =>
        STAGE_NOTE.missingLine(m.name ? shortName(m.name) : m.email, missingWhat(m.stages)),
      ),
    });
  }
  return blocks;
}
