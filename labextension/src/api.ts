// Calls to mlnb's Jupyter server extension (mlnb.lab): the notebook's cells in, findings out.
import { URLExt } from '@jupyterlab/coreutils';
import { ServerConnection } from '@jupyterlab/services';

/** Where a finding points: a cell of the notebook (0-based index) and a line in it (from 1). */
export interface IMark {
  cell: number;
  cell_id: string | null;
  line: number;
  role: string; // 'fit', 'evaluated', 'split', ... : what happened on that line
  text: string; // the hover: what leaked where
}

/** One finding, as `Finding.to_dict()` gives it, with the marks and the code's page added by the server. */
export interface IFinding {
  code: string;
  kind: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
  evidence: Record<string, unknown>;
  location: { cell?: number; line?: number; path?: string | null };
  ignored: string | null;
  url: string;
  key: string; // stable across edits that do not move the finding: what an ignore refers to
  marks: IMark[];
  source?: string; // 'notebook' (the cells as written) or 'kernel' (the cells as they ran)
  where?: string; // how the panel names the place when it is not a cell of the notebook ("In [7], line 2")
}

/** A finding of the kernel's live lint (`%load_ext mlnb`): its places are named by the prompts of the cells that ran. */
export interface IKernelFinding extends Omit<IFinding, 'marks' | 'key' | 'url'> {
  url: string;
  places: { prompt: number | null; line: number; role: string; text: string }[];
}

export interface ILintResult {
  findings: IFinding[];
  seconds: number;
  cells: number;
}

/** POST a JSON body to `mlnb/<endpoint>` and return the JSON answer; a refusal carries the server's message. */
export async function requestAPI<T>(endpoint: string, body: unknown): Promise<T> {
  const settings = ServerConnection.makeSettings();
  const url = URLExt.join(settings.baseUrl, 'mlnb', endpoint);
  const init: RequestInit = { method: 'POST', body: JSON.stringify(body) };
  const response = await ServerConnection.makeRequest(url, init, settings);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(data.message || `mlnb/${endpoint} answered ${response.status}`);
  }
  return data as T;
}
