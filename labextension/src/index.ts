// mlnb in JupyterLab: every open notebook is linted for leakage after each pause in typing (the same lint as
// `mlnb lint`, run by the server, no kernel needed); findings show in a side panel and as marks in the editors.
import { ILabShell, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { EditorExtensionRegistry, IEditorExtensionRegistry } from '@jupyterlab/codemirror';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { NotebookLinter } from './linter';
import { markExtension, MarkStore } from './markers';
import { FindingsPanel } from './panel';
import { PipelinePanel } from './pipeline';

/** Move to a cell and a line (both as the user counts: cell index from 0 here, line from 1). */
async function jump(app: JupyterFrontEnd, linter: NotebookLinter, cellIndex: number, line: number): Promise<void> {
  const panel = linter.panel;
  app.shell.activateById(panel.id);
  const notebook = panel.content;
  const cell = notebook.widgets[cellIndex];
  if (!cell) {
    return;
  }
  notebook.activeCellIndex = cellIndex;
  notebook.mode = 'edit';
  await notebook.scrollToItem(cellIndex, 'center');
  await cell.ready;
  const editor = cell.editor;
  if (editor) {
    const last = editor.lineCount;
    editor.setCursorPosition({ line: Math.min(Math.max(line, 1), last) - 1, column: 0 });
    editor.focus();
  }
}

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'mlnb:findings',
  description: 'Leakage findings of the open notebook: a side panel and marks in the editor.',
  autoStart: true,
  requires: [INotebookTracker, IEditorExtensionRegistry],
  optional: [ILabShell],
  activate: (app: JupyterFrontEnd, tracker: INotebookTracker, registry: IEditorExtensionRegistry) => {
    const store = new MarkStore();
    const linters = new WeakMap<NotebookPanel, NotebookLinter>();
    registry.addExtension({
      name: 'mlnb:marks',
      factory: options =>
        EditorExtensionRegistry.createImmutableExtension(markExtension(store, (options.model as any).id ?? ''))
    });
    const panel = new FindingsPanel((linter, cell, line) => void jump(app, linter, cell, line));
    app.shell.add(panel, 'right', { rank: 700 });
    const pipeline = new PipelinePanel();
    app.shell.add(pipeline, 'right', { rank: 701 });
    tracker.widgetAdded.connect((_, nb) => {
      void nb.context.ready.then(() => {
        const linter = new NotebookLinter(nb, store);
        linters.set(nb, linter);
        if (tracker.currentWidget === nb) {
          panel.follow(linter);
          pipeline.follow(nb);
        }
      });
    });
    tracker.currentChanged.connect((_, nb) => {
      panel.follow((nb && linters.get(nb)) || null);
      pipeline.follow(nb && linters.get(nb) ? nb : null); // a notebook not yet ready follows when its linter exists
    });
    // the browser tests and the latency benchmark read the linters from here
    (window as any).mlnbLab = { linters: () => tracker.filter(() => true).map(nb => linters.get(nb)), store };
  }
};

export default plugin;
