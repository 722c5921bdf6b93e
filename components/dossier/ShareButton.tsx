// "Save as image": the page supplies the drawing and the download (it owns the canvas and the
// document); this button only reports how it went, in a polite live region.
import { useState } from 'preact/hooks';

export interface ShareButtonProps {
  /** Draws and downloads the image; resolves with the file name. */
  onSave(): Promise<string>;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' };

export function ShareButton({ onSave }: ShareButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', file: await onSave() });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <span class="share">
      <button type="button" class="button" onClick={save} disabled={state.kind === 'busy'}>
        Save as image
      </button>
      <span class="share-status" role="status">
        {state.kind === 'done' && `Saved ${state.file}. It stays on this computer.`}
        {state.kind === 'failed' && 'Could not draw the image in this browser.'}
      </span>
    </span>
  );
}
