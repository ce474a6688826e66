// One notebook's lint: after a pause in typing, the cells go to the server (`mlnb/lint`, the CLI's lint); the findings
// come back with the lines to mark. Answers to older requests are dropped, so a slow lint never overwrites a newer one.
import { Cell } from '@jupyterlab/cells';
import { Notebook, NotebookActions, NotebookPanel } from '@jupyterlab/notebook';
import { ISignal, Signal } from '@lumino/signaling';
import { IFinding, IKernelFinding, ILintResult, IMark, requestAPI } from './api';
import { MarkStore } from './markers';

/** How long typing must pause before the notebook is linted again (ms). */
export const PAUSE_MS = 300;

/** What the panel asks a kernel after each run: the live lint's findings (`%load_ext mlnb`), as JSON. */
const LIVE_FINDINGS = "__import__('mlnb.magic').magic.live_findings(get_ipython())";

export interface IIgnore {
  key: string;
  code: string;
  cell: string | null;
  reason: string;
}

export class NotebookLinter {
  /** The findings of the cells as written (the server's lint). */
  written: IFinding[] = [];
  /** The findings of the kernel's live lint: the cells as they ran, in the order they ran. */
  ran: IKernelFinding[] = [];
  error = '';
  /** Timings of the last lint, for the benchmark: the request's round trip and the marks' redraw. */
  timing = { changed: 0, requested: 0, answered: 0, drawn: 0, serverSeconds: 0 };
  private lastChange = 0;
  private timer = 0;
  private kernelTimer = 0;
  private sequence = 0;
  private _changed = new Signal<this, void>(this);

  constructor(
    readonly panel: NotebookPanel,
    private store: MarkStore
  ) {
    const model = panel.content.model!;
    model.contentChanged.connect(this.schedule, this);
    model.metadataChanged.connect(this.schedule, this);
    NotebookActions.executed.connect(this.onExecuted, this);
    panel.disposed.connect(() => {
      window.clearTimeout(this.timer);
      window.clearTimeout(this.kernelTimer);
      NotebookActions.executed.disconnect(this.onExecuted, this);
    });
    this.lint();
  }

  /** Every finding: those of the cells as written, then those only the kernel's history shows. */
  get findings(): IFinding[] {
    return [...this.written, ...this.kernelOnly()];
  }

  private onExecuted(_: unknown, args: { notebook: Notebook; cell: Cell }): void {
    if (args.notebook === this.panel.content) {
      window.clearTimeout(this.kernelTimer);
      this.kernelTimer = window.setTimeout(() => void this.askKernel(), 100);
    }
  }

  /** Ask the kernel, silently (nothing enters its history), for its live findings; none without `%load_ext mlnb`. */
  async askKernel(): Promise<void> {
    const kernel = this.panel.sessionContext.session?.kernel;
    if (!kernel) {
      return;
    }
    let found: IKernelFinding[] = [];
    try {
      const content = { code: '', silent: true, store_history: false, user_expressions: { mlnb: LIVE_FINDINGS } };
      const reply = await kernel.requestExecute(content, true).done;
      const answer = (reply.content as any).user_expressions?.mlnb;
      const data = answer?.status === 'ok' ? answer.data?.['application/json'] : null;
      found = data?.active && Array.isArray(data.findings) ? data.findings : [];
    } catch {
      found = []; // a kernel without mlnb, or one that went away
    }
    this.ran = found;
    this.drawMarks();
    this._changed.emit();
  }

  /** The kernel's findings that the cells as written do not show, placed on the cells whose prompts they name. */
  kernelOnly(): IFinding[] {
    const cells = this.cells();
    const byPrompt = new Map<number, number>();
    cells.forEach((c, i) => c.execution_count !== null && byPrompt.set(c.execution_count, i));
    const out: IFinding[] = [];
    for (const k of this.ran) {
      const marks: IMark[] = [];
      for (const p of k.places) {
        const i = p.prompt === null ? undefined : byPrompt.get(p.prompt);
        if (i !== undefined) {
          marks.push({ cell: i, cell_id: cells[i].id, line: p.line, role: p.role, text: p.text });
        }
      }
      const at = k.places.find(p => p.role === 'location') ?? k.places[0];
      const cell = at && at.prompt !== null ? byPrompt.get(at.prompt) : undefined;
      const line = at?.line;
      if (this.written.some(w => w.code === k.code && w.location.cell === cell && w.location.line === line)) {
        continue; // the same leak, already found in the cells as written
      }
      const where = at && at.prompt !== null ? `In [${at.prompt}], line ${at.line}` : 'this session';
      out.push({ ...k, key: `kernel:${k.code}:${k.message}`, marks, location: { cell, line }, where, source: 'kernel' });
    }
    return out;
  }

  /** Emitted after each lint, and when it fails. */
  get changed(): ISignal<this, void> {
    return this._changed;
  }

  schedule(): void {
    this.lastChange = performance.now();
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
    const changed = this.lastChange;
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
    this.written = result.findings;
    this.drawMarks();
    this.timing = {
      changed,
      requested,
      answered,
      drawn: performance.now(),
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
