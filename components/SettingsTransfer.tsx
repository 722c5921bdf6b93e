// Export and import of the user's settings (per-site switches, the pause, the autopsy switch and
// corrections) as a JSON file. Import is all-or-nothing, and every problem is named plainly.
import { useState } from 'preact/hooks';
import { exportSettings, parseSettingsFile, type Settings } from '../lib/settings/settings';

export function SettingsTransfer({ settings, onImport }: { settings: Settings; onImport(s: Settings): void }) {
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'otiose-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = parseSettingsFile(await file.text());
    if (!result.ok) return setMessage({ ok: false, lines: result.errors });
    onImport(result.settings);
    setMessage({ ok: true, lines: ['Settings imported.'] });
  };

  return (
    <details class="transfer">
      <summary>Your settings</summary>
      <div class="transfer-actions">
        <button type="button" class="undo" onClick={download}>
          Export settings
        </button>
        <label class="undo file">
          Import settings…
          <input type="file" accept="application/json,.json" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {message && (
        <div role={message.ok ? 'status' : 'alert'} class={message.ok ? 'muted small' : 'warning small'}>
          {message.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
    </details>
  );
}
