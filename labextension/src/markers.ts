// Findings drawn in the cell editors with CodeMirror 6's lint decorations: the lines of the fit and of the evaluation
// are underlined, marked in the gutter, and say on hover what leaked where. Each editor follows the marks of its own
// cell, so a new lint result redraws only the cells whose marks changed.
import { Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';
import { IMark } from './api';

type Listener = () => void;

const SEVERITY: Record<string, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };

/** The marks of every cell, by cell id, with a listener per open editor. */
export class MarkStore {
  private marks = new Map<string, { key: string; marks: (IMark & { severity: string })[] }>();
  private listeners = new Map<string, Set<Listener>>();

  get(cellId: string): (IMark & { severity: string })[] {
    return this.marks.get(cellId)?.marks ?? [];
  }

  /** Replace the marks of the cells in `cellIds` (one notebook); notify the editors of the cells whose marks changed. */
  update(cellIds: string[], byCell: Map<string, (IMark & { severity: string })[]>): void {
    for (const id of cellIds) {
      const marks = byCell.get(id) ?? [];
      const key = JSON.stringify(marks);
      if ((this.marks.get(id)?.key ?? '[]') === key) {
        continue;
      }
      this.marks.set(id, { key, marks });
      this.listeners.get(id)?.forEach(listener => listener());
    }
  }

  listen(cellId: string, listener: Listener): () => void {
    const set = this.listeners.get(cellId) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(cellId, set);
    return () => set.delete(listener);
  }
}

/** The diagnostics of a cell's marks in its current text (a mark past the last line is left out until the next lint). */
export function diagnostics(view: EditorView, marks: (IMark & { severity: string })[]): Diagnostic[] {
  const doc = view.state.doc;
  const out: Diagnostic[] = [];
  for (const m of marks) {
    if (m.line < 1 || m.line > doc.lines) {
      continue;
    }
    const line = doc.line(m.line);
    const indent = line.text.length - line.text.trimStart().length;
    out.push({
      from: line.from + indent,
      to: Math.max(line.to, line.from + indent),
      severity: SEVERITY[m.severity] ?? 'info',
      source: 'mlnb',
      message: m.text
    });
  }
  return out;
}

/** The editor extension: draw the marks of the cell whose model id `cellId` gives, and follow their changes. */
export function markExtension(store: MarkStore, cellId: string): Extension {
  const plugin = ViewPlugin.define(view => {
    const draw = () => {
      view.dispatch(setDiagnostics(view.state, diagnostics(view, store.get(cellId))));
      view.dom.dataset.mlnbMarks = String(store.get(cellId).length);
    };
    const stop = store.listen(cellId, draw);
    // an editor made after the lint (a cell scrolled into view) draws the marks it already has
    const first = requestAnimationFrame(() => (store.get(cellId).length ? draw() : undefined));
    return {
      destroy() {
        stop();
        cancelAnimationFrame(first);
      }
    };
  });
  return [lintGutter(), plugin];
}
