import { PRESETS, type PresetEntry } from '../../scenarios';
import { Modal } from './Modal';

interface PresetDialogProps {
  onOpen(preset: PresetEntry): void;
  onClose(): void;
}

/** The teaching presets, each with its exam topic and the question to think about before pressing Play. */
export function PresetDialog({ onOpen, onClose }: PresetDialogProps) {
  return (
    <Modal title="Open a preset" onClose={onClose} className="lp-sm-presets">
      <p className="lp-sm-hint">Each preset teaches one exam topic. Read its question, guess, then press Play.</p>
      <ul className="lp-sm-preset-list" aria-label="Presets">
        {PRESETS.map((preset) => (
          <li key={preset.id} className="lp-sm-preset">
            <div className="lp-sm-preset-text">
              <h3>{preset.title}</h3>
              <p className="lp-sm-topic">{preset.topic}</p>
              <p className="lp-sm-question">
                <strong>Before you press Play: </strong>
                {preset.question}
              </p>
            </div>
            <button type="button" className="lp-sm-button" aria-label={`Open preset: ${preset.title}`} onClick={() => onOpen(preset)}>
              Open
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
