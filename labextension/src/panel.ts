// The findings panel: the open notebook's findings by severity and kind, each with its code (linked to its page), the
// message, the fix and where it is; a click jumps to the cell and line; "Ignore" asks for a reason.
import { Dialog, InputDialog, showDialog } from '@jupyterlab/apputils';
import { LabIcon } from '@jupyterlab/ui-components';
import { Widget } from '@lumino/widgets';
import { IFinding } from './api';
import { NotebookLinter } from './linter';

export const mlnbIcon = new LabIcon({
  name: 'mlnb:findings',
  svgstr:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16"><path class="jp-icon3" fill="#616161" ' +
    'd="M3 3h18v2H3zm0 4h12v2H3zm0 4h18v2H3zm0 4h12v2H3zm15.5-.5 3.5 6h-7zM18 17v2h1v-2zm0 2.5v1h1v-1z"/></svg>'
});

const SEVERITIES = ['error', 'warning', 'info'] as const;
const PLURAL: Record<string, string> = { error: 'errors', warning: 'warnings', info: 'info' };

/** An element with a class and a text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = text;
  return node;
}

/** "1 error", "2 warnings", "0 info". */
export function countText(n: number, severity: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? severity : PLURAL[severity]}`;
}

/** "cell 4, line 2": cells counted from 1 as the notebook shows them, markdown included. */
export function whereText(cell: number | undefined, line: number | undefined): string {
  if (typeof cell !== 'number') {
    return 'the notebook';
  }
  return `cell ${cell + 1}` + (line ? `, line ${line}` : '');
}

export class FindingsPanel extends Widget {
  private linter: NotebookLinter | null = null;
  /** Which groups the reader unfolded or folded, kept across the redraw after each lint. */
  private opened = new Map<string, boolean>();

  constructor(private jump: (linter: NotebookLinter, cell: number, line: number) => void) {
    super();
    this.id = 'mlnb-findings';
    this.addClass('mlnb-FindingsPanel');
    this.title.icon = mlnbIcon;
    this.title.caption = 'mlnb findings';
    this.render();
  }

  /** Show another notebook's findings (null: no notebook is open). */
  follow(linter: NotebookLinter | null): void {
    this.linter?.changed.disconnect(this.render, this);
    if (linter !== this.linter) {
      this.opened.clear(); // another notebook: its groups start as they always do
    }
    this.linter = linter;
    linter?.changed.connect(this.render, this);
    this.render();
  }

  /** Drawn when shown: a hidden panel rebuilds nothing after each lint. */
  protected onAfterShow(): void {
    this.render();
  }

  render(): void {
    if (!this.isVisible && this.node.childElementCount) {
      return;
    }
    const root = this.node;
    root.replaceChildren();
    const head = el('div', 'mlnb-head');
    root.append(head);
    if (!this.linter) {
      head.append(el('div', 'mlnb-title', 'mlnb findings'), el('div', 'mlnb-empty', 'Open a notebook to see its findings.'));
      return;
    }
    const findings = this.linter.findings;
    const counting = findings.filter(f => f.ignored === null);
    const counts = SEVERITIES.map(s => countText(counting.filter(f => f.severity === s).length, s)).join(', ');
    const ignored = findings.length - counting.length;
    head.append(
      el('div', 'mlnb-title', this.linter.panel.context.path.split('/').pop() ?? ''),
      el('div', 'mlnb-counts', counts + (ignored ? ` (${ignored} ignored)` : ''))
    );
    if (this.linter.error) {
      root.append(el('div', 'mlnb-failed', `The lint failed: ${this.linter.error}`));
    }
    if (!findings.length && !this.linter.error) {
      root.append(el('div', 'mlnb-empty', 'No leakage found in this notebook.'));
    }
    for (const severity of SEVERITIES) {
      const group = counting.filter(f => f.severity === severity);
      if (group.length) {
        root.append(this.group(countText(group.length, severity), group, severity));
      }
    }
    const rest = findings.filter(f => f.ignored !== null);
    if (rest.length) {
      root.append(this.group(`${rest.length} ignored`, rest, 'ignored'));
    }
  }

  private group(title: string, findings: IFinding[], severity: string): HTMLElement {
    const box = el('details', `mlnb-group mlnb-${severity}`);
    box.open = this.opened.get(severity) ?? severity !== 'ignored';
    box.addEventListener('toggle', () => this.opened.set(severity, box.open));
    box.append(el('summary', 'mlnb-group-title', title));
    const kinds = [...new Set(findings.map(f => f.kind))].sort();
    for (const kind of kinds) {
      box.append(el('div', 'mlnb-kind', kind));
      for (const f of findings.filter(g => g.kind === kind)) {
        box.append(this.item(f));
      }
    }
    return box;
  }

  private item(f: IFinding): HTMLElement {
    const item = el('div', `mlnb-finding mlnb-${f.severity}`);
    item.dataset.code = f.code;
    const top = el('div', 'mlnb-finding-top');
    const code = el('a', 'mlnb-code', f.code);
    code.href = f.url;
    code.target = '_blank';
    code.rel = 'noopener';
    const cell = f.location.cell;
    const where = el('button', 'mlnb-where', f.where ?? whereText(cell, f.location.line));
    where.title = typeof cell === 'number' ? 'Go to this line' : 'That cell ran with another prompt since, or is gone';
    where.disabled = typeof cell !== 'number';
    where.onclick = () => this.linter && typeof cell === 'number' && this.jump(this.linter, cell, f.location.line ?? 1);
    top.append(code, where);
    item.append(top, el('div', 'mlnb-message', f.message), el('div', 'mlnb-fix', `Fix: ${f.fix}`));
    if (f.source === 'kernel') {
      item.append(el('div', 'mlnb-source', 'From the kernel: the cells as they ran, in the order they ran.'));
    }
    if (f.ignored !== null) {
      item.append(el('div', 'mlnb-reason', `Ignored: ${f.ignored}`));
      item.append(this.button('Stop ignoring', () => this.linter?.unignore(f)));
    } else if (f.source !== 'kernel') {
      item.append(this.button('Ignore…', () => this.askIgnore(f)));
    }
    return item;
  }

  private button(label: string, onclick: () => void): HTMLElement {
    const b = el('button', 'mlnb-action jp-mod-styled', label);
    b.onclick = onclick;
    return b;
  }

  private async askIgnore(f: IFinding): Promise<void> {
    const answer = await InputDialog.getText({
      title: `Ignore ${f.code}`,
      label: 'Why is this not a leak here? The reason is saved in the notebook, where the CLI reads it too.',
      placeholder: 'e.g. the scaler is refitted inside the CV loop below'
    });
    const reason = (answer.value ?? '').trim();
    if (!answer.button.accept) {
      return;
    }
    if (!reason) {
      await showDialog({
        title: 'A reason is needed',
        body: 'Nothing was ignored: an ignore needs a reason, which the notebook keeps for its next reader.',
        buttons: [Dialog.okButton()]
      });
      return;
    }
    await this.linter?.ignore(f, reason);
  }
}
