// The pipeline panel: when the open notebook is a step of a pipeline (an mlnb.yml in its folder or above), its steps
// with their state (fresh, stale and why, failed, never run), the notebook's typed parameters checked as the user edits
// the parameters cell, and buttons to run the pipeline, or from one step, with the run's progress.
import { NotebookPanel } from '@jupyterlab/notebook';
import { LabIcon } from '@jupyterlab/ui-components';
import { Widget } from '@lumino/widgets';
import { requestAPI } from './api';
import { PAUSE_MS } from './linter';
import { el } from './panel';

export const pipelineIcon = new LabIcon({
  name: 'mlnb:pipeline',
  svgstr:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16"><path class="jp-icon3" fill="#616161" ' +
    'd="M4 4h6v6H4zm10 0h6v6h-6zM4 14h6v6H4zm6-7h4v2h-4zm-3 3h2v4H7zm10 0h2v4h-2zm-7 7h4v2h-4zm4-3h6v6h-6z"/></svg>'
});

interface IStep {
  step: string;
  state: string;
  why: string;
  last_run: string | null;
  notebook: string;
  mine: boolean;
}

interface IDeclared {
  name: string;
  type: string;
  default: string;
  values: Record<string, string>;
  problems: string[];
}

interface IPipelineAnswer {
  pipeline: { spec: string; name: string | null } | null;
  error?: string;
  steps?: IStep[];
  steps_of_notebook?: string[];
  parameters?: { declared: IDeclared[]; problems: string[] } | null;
}

interface IProgress {
  lines: string[];
  done: boolean;
  exit_code: number | null;
  seconds: number;
}

/** "2026-12-05 13:15 UTC" from an ISO time. */
export function whenText(iso: string | null): string {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

export class PipelinePanel extends Widget {
  private notebook: NotebookPanel | null = null;
  private answer: IPipelineAnswer | null = null;
  private failure = '';
  private progress: IProgress | null = null;
  private runLabel = '';
  private timer = 0;

  constructor() {
    super();
    this.id = 'mlnb-pipeline';
    this.addClass('mlnb-PipelinePanel');
    this.title.icon = pipelineIcon;
    this.title.caption = 'mlnb pipeline';
    this.render();
  }

  /** Show the pipeline of another notebook (null: none is open). */
  follow(notebook: NotebookPanel | null): void {
    if (this.notebook) {
      this.notebook.content.model?.contentChanged.disconnect(this.schedule, this);
      this.notebook.context.saveState.disconnect(this.onSave, this);
    }
    this.notebook = notebook;
    this.answer = null;
    if (notebook) {
      notebook.content.model?.contentChanged.connect(this.schedule, this);
      notebook.context.saveState.connect(this.onSave, this);
      if (this.isVisible) {
        void this.refresh();
      }
    }
    this.render();
  }

  /** Checked when shown: a hidden panel sends nothing after each pause in typing. */
  protected onAfterShow(): void {
    void this.refresh();
  }

  private schedule(): void {
    if (!this.isVisible) {
      return;
    }
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.refresh(), PAUSE_MS);
  }

  private onSave(_: unknown, state: string): void {
    if (state === 'completed' && this.isVisible) {
      void this.refresh(); // a saved edit can make a step stale
    }
  }

  /** Ask the server for the pipeline's states and the parameters check of the cells as they are. */
  async refresh(): Promise<void> {
    const nb = this.notebook;
    if (!nb || !nb.content.model) {
      return;
    }
    const cells = [];
    for (const cell of nb.content.model.cells) {
      cells.push({ cell_type: cell.type, source: cell.sharedModel.getSource(), metadata: { tags: cell.getMetadata('tags') ?? [] } });
    }
    try {
      this.answer = await requestAPI<IPipelineAnswer>('pipeline', { path: nb.context.path, cells });
      this.failure = '';
    } catch (reason) {
      this.failure = String((reason as Error).message ?? reason);
    }
    if (nb === this.notebook) {
      this.render();
    }
  }

  /** Start the pipeline (or from `step`), then follow its progress until it ends. */
  async start(step: string | null): Promise<void> {
    if (!this.notebook) {
      return;
    }
    this.runLabel = step ? `Run from ${step}` : 'Run of the pipeline';
    try {
      const { run } = await requestAPI<{ run: string }>('pipeline/run', { path: this.notebook.context.path, from: step });
      this.progress = { lines: [], done: false, exit_code: null, seconds: 0 };
      this.render();
      while (this.progress && !this.progress.done) {
        await new Promise(resolve => setTimeout(resolve, 700));
        this.progress = await requestAPI<IProgress>('pipeline/progress', { run });
        this.render();
      }
    } catch (reason) {
      this.failure = String((reason as Error).message ?? reason);
    }
    await this.refresh();
  }

  render(): void {
    const root = this.node;
    root.replaceChildren();
    const a = this.answer;
    root.append(el('div', 'mlnb-title', a?.pipeline ? `Pipeline: ${a.pipeline.name ?? a.pipeline.spec}` : 'mlnb pipeline'));
    if (!this.notebook) {
      root.append(el('div', 'mlnb-empty', 'Open a notebook to see its pipeline.'));
      return;
    }
    if (this.failure) {
      root.append(el('div', 'mlnb-failed', this.failure));
    }
    if (!a) {
      return;
    }
    if (!a.pipeline) {
      root.append(el('div', 'mlnb-empty', 'This notebook is not a step of a pipeline: no mlnb.yml in its folder or a folder above it.'));
      return;
    }
    root.append(el('div', 'mlnb-spec', a.pipeline.spec));
    if (a.error) {
      root.append(el('div', 'mlnb-failed', a.error));
      return;
    }
    const running = !!this.progress && !this.progress.done;
    root.append(this.button('Run pipeline', running, () => void this.start(null)));
    root.append(this.stepsTable(a.steps ?? [], running));
    if (this.progress) {
      root.append(this.progressBox(this.progress));
    }
    if (a.parameters) {
      root.append(this.parametersBox(a.parameters, a.steps_of_notebook ?? []));
    }
  }

  private button(label: string, disabled: boolean, onclick: () => void): HTMLButtonElement {
    const b = el('button', 'mlnb-action jp-mod-styled', label);
    b.disabled = disabled;
    b.onclick = onclick;
    return b;
  }

  private stepsTable(steps: IStep[], running: boolean): HTMLElement {
    const table = el('table', 'mlnb-steps');
    const head = table.createTHead().insertRow();
    for (const h of ['step', 'state']) {
      head.append(el('th', '', h));
    }
    const body = table.createTBody();
    for (const s of steps) {
      const row = body.insertRow();
      row.dataset.step = s.step;
      row.dataset.state = s.state;
      row.className = s.mine ? 'mlnb-mine' : '';
      const name = row.insertCell();
      name.append(el('div', 'mlnb-step-name', s.step), el('div', 'mlnb-step-notebook', s.notebook));
      const state = row.insertCell();
      state.append(el('span', `mlnb-state mlnb-state-${s.state.replace(' ', '-')}`, s.state));
      if (s.why) {
        state.append(el('div', 'mlnb-why', s.why));
      }
      if (s.last_run) {
        const last = el('div', 'mlnb-why', 'last run ');
        last.append(el('span', 'mlnb-nowrap', whenText(s.last_run)));
        state.append(last);
      }
      state.append(this.button('Run from here', running, () => void this.start(s.step.split('[')[0])));
    }
    return table;
  }

  private progressBox(p: IProgress): HTMLElement {
    const box = el('div', 'mlnb-progress');
    const what = p.done
      ? p.exit_code === 0
        ? `${this.runLabel} finished in ${p.seconds.toFixed(1)} s.`
        : `${this.runLabel} ended with exit status ${p.exit_code} after ${p.seconds.toFixed(1)} s: see the lines below.`
      : `${this.runLabel}: running, ${p.seconds.toFixed(0)} s`;
    box.append(el('div', p.done && p.exit_code !== 0 ? 'mlnb-failed' : 'mlnb-run-state', what));
    box.append(el('pre', 'mlnb-run-lines', p.lines.slice(-12).join('\n')));
    return box;
  }

  private parametersBox(params: { declared: IDeclared[]; problems: string[] }, steps: string[]): HTMLElement {
    const box = el('div', 'mlnb-parameters');
    box.append(el('div', 'mlnb-subtitle', `Parameters of this notebook (step ${steps.join(', ')})`));
    if (!params.declared.length && !params.problems.length) {
      box.append(el('div', 'mlnb-empty', 'No cell tagged `parameters`.'));
    }
    for (const p of params.declared) {
      const item = el('div', `mlnb-param ${p.problems.length ? 'mlnb-param-bad' : 'mlnb-param-ok'}`);
      item.dataset.name = p.name;
      const values = Object.entries(p.values).map(([step, v]) => `${step}: ${v}`).join(', ');
      item.append(el('code', '', `${p.name}: ${p.type} = ${p.default}`));
      if (values) {
        item.append(el('span', 'mlnb-why', ` (mlnb.yml gives ${values})`));
      }
      for (const problem of p.problems) {
        item.append(el('div', 'mlnb-problem', problem));
      }
      box.append(item);
    }
    for (const problem of params.problems) {
      box.append(el('div', 'mlnb-problem', problem));
    }
    return box;
  }
}
