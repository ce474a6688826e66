// One notebook's lint: after a pause in typing, the cells go to the server (`mlnb/lint`, the CLI's lint); the findings
// come back with the lines to mark. Answers to older requests are dropped, so a slow lint never overwrites a newer one.
import { NotebookPanel } from '@jupyterlab/notebook';
import { ISignal, Signal } from '@lumino/signaling';
import { IFinding, ILintResult, IMark, requestAPI } from './api';
import { MarkStore } from './markers';

/** How long typing must pause before the notebook is linted again (ms). */
export const PAUSE_MS = 300;

export interface IIgnore {
  key: string;
  code: string;
  cell: string | null;
  reason: string;
}

export class NotebookLinter {
  findings: IFinding[] = [];
  error = '';
  /** Timings of the last lint, for the benchmark: the request's round trip and the marks' redraw. */
  timing = { requested: 0, answered: 0, drawn: 0, redrawnCells: 0, serverSeconds: 0 };
  private timer = 0;
  private sequence = 0;
  private _changed = new Signal<this, void>(this);

  constructor(
    readonly panel: NotebookPanel,
    private store: MarkStore
  ) {
    const model = panel.content.model!;
    model.contentChanged.connect(this.schedule, this);
    model.metadataChanged.connect(this.schedule, this);
    panel.disposed.connect(() => window.clearTimeout(this.timer));
    this.lint();
  }

  /** Emitted after each lint, and when it fails. */
  get changed(): ISignal<this, void> {
    return this._changed;
  }

  schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.lint(), PAUSE_MS);
  }

  /** The notebook's cells as the server reads them. */
  cells(): { id: string; cell_type: string; source: string; execution_count: number | null }[] {
    const out = [];
    for (const cell of this.panel.content.model!.cells) {
      const count = cell.type === 'code' ? (cell.sharedModel as any).execution_count : null;
      out.push({ id: cell.id, cell_type: cell.type, source: cell.sharedModel.getSource(), execution_count: count ?? null });
    }
    return out;
  }

  ignores(): IIgnore[] {
    const meta = this.panel.content.model!.getMetadata('mlnb') as { ignore?: IIgnore[] } | undefined;
    return Array.isArray(meta?.ignore) ? meta!.ignore! : [];
  }

  async lint(): Promise<void> {
    const model = this.panel.content.model;
    if (!model || this.panel.isDisposed) {
      return;
    }
    const mine = ++this.sequence;
    const requested = performance.now();
    const body = { path: this.panel.context.path, cells: this.cells(), metadata: { mlnb: model.getMetadata('mlnb') ?? {} } };
    let result: ILintResult;
    try {
      result = await requestAPI<ILintResult>('lint', body);
    } catch (reason) {
      if (mine === this.sequence) {
        this.error = String((reason as Error).message ?? reason);
        this._changed.emit();
      }
      return;
    }
    if (mine !== this.sequence || this.panel.isDisposed) {
      return; // a newer lint is under way
    }
    const answered = performance.now();
    this.error = '';
    this.findings = result.findings;
    this.drawMarks();
    this.timing = {
      requested,
      answered,
      drawn: performance.now(),
      redrawnCells: this.store.lastRedrawn,
      serverSeconds: result.seconds
    };
    this._changed.emit();
  }

  /** Put each counting finding's marks on its cells; ignored findings mark nothing. */
  drawMarks(): void {
    const ids = this.cells().map(c => c.id);
    const byCell = new Map<string, (IMark & { severity: string })[]>();
    for (const f of this.findings) {
      if (f.ignored !== null) {
        continue;
      }
      for (const m of f.marks) {
        const id = m.cell_id ?? ids[m.cell];
        if (!id) {
          continue;
        }
        byCell.set(id, [...(byCell.get(id) ?? []), { ...m, severity: f.severity }]);
      }
    }
    this.store.update(ids, byCell);
  }

  /** Ignore a finding with a reason: written into the notebook's metadata (the CLI and the live lint read it too). */
  async ignore(f: IFinding, reason: string): Promise<void> {
    const cellIndex = f.location.cell;
    const cellId = typeof cellIndex === 'number' ? this.cells()[cellIndex]?.id ?? null : null;
    const entry: IIgnore = { key: f.key, code: f.code, cell: cellId, reason };
    this.writeIgnores([...this.ignores().filter(i => i.key !== f.key), entry]);
    await this.panel.context.save();
  }

  async unignore(f: IFinding): Promise<void> {
    this.writeIgnores(this.ignores().filter(i => i.key !== f.key));
    await this.panel.context.save();
  }

  private writeIgnores(ignores: IIgnore[]): void {
    const model = this.panel.content.model!;
    const meta = { ...((model.getMetadata('mlnb') as object) ?? {}), ignore: ignores };
    model.setMetadata('mlnb', meta);
  }
}
