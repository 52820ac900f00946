// The goals as a checklist: each goal's label, its rule, what each seed
// measured, and — when it failed — by how much. Before any check the items
// are open circles; a one-seed preview (a run that ended in the lab) fills
// them in for that seed.
import { fmt, type CheckResult, type Goal, type GoalResult } from '../../lessons/index.ts';
import { goalRule } from './words.ts';

function mark(result: GoalResult | undefined): { glyph: string; word: string; cls: string } {
  if (!result) return { glyph: '○', word: 'not checked yet', cls: 'goal-open' };
  return result.passed ? { glyph: '✓', word: 'met', cls: 'goal-met' } : { glyph: '✗', word: 'not met', cls: 'goal-missed' };
}

function shortfall(g: GoalResult, seeds: readonly number[]): string | null {
  if (g.passed) return null;
  let worst = -1;
  g.measured.forEach((m, i) => {
    if (m === null) return;
    const d = Math.abs(m - g.value);
    if (worst < 0 || d > Math.abs((g.measured[worst] ?? 0) - g.value)) worst = i;
  });
  if (worst < 0) return 'no value measured (see the messages below)';
  const by = fmt(Math.abs((g.measured[worst] ?? 0) - g.value));
  return `${g.op === '==' ? 'off' : g.op.startsWith('<') ? 'over' : 'short'} by ${by} on seed ${seeds[worst]}`;
}

export function GoalList({ goals, result, stale }: { goals: readonly Goal[]; result: CheckResult | null; stale: boolean }) {
  return (
    <ul className={`goal-list${stale ? ' is-stale' : ''}`} aria-label="Goals">
      {goals.map((goal, i) => {
        const r = result?.goals[i];
        const m = mark(r);
        const gap = r && result ? shortfall(r, result.seeds) : null;
        return (
          <li key={i} className={`goal ${m.cls}`} data-testid="goal">
            <span className="goal-mark" aria-hidden="true">{m.glyph}</span>
            <span className="goal-text">
              <span className="goal-label">{goal.label}</span>
              <span className="sr-only">: {m.word}</span>
              <span className="goal-rule mono">
                {goal.metric}
                {goal.per ? ` per ${goal.per}` : ''} {goalRule(goal)}
              </span>
              {r && result && (
                <span className="goal-measured">
                  {r.measured.map((v, s) => `seed ${result.seeds[s]}: ${v === null ? '—' : fmt(v)}`).join(' · ')}
                  {gap && <span className="goal-gap"> — {gap}</span>}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
