import { useEffect, useRef, useState } from 'react';
import { newRecordId } from '../../shared/domain/clienteling';
import { useT } from '../../shared/i18n/messages';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveNote } from './api/save-note';
import { FormButtons } from './form-buttons';
import { Check, FieldError, fieldClass } from './form-fields';
import { SaveFeedback } from './save-feedback';
import type { CrmPreferencesMessageId } from './messages';

const MAX_NOTE = 2000;

/**
 * A new note. Its id is made when the form opens, so every Save of this note (a double tap, a
 * Try again after a lost answer) is the same note on the server. A failed save keeps the text.
 */
export function NoteForm({
  customerNumber,
  operatorId,
  onClose,
}: {
  customerNumber: string;
  operatorId: string;
  onClose: (saved: boolean) => void;
}) {
  const t = useT<CrmPreferencesMessageId>();
  const [noteId] = useState(newRecordId);
  const [text, setText] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [isAlert, setAlert] = useState(false);
  const [problem, setProblem] = useState('');
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  });
  const edit = (value: string) => {
    setText(value);
    setProblem('');
  };
  const keyboard = useKeyboardTarget<'text'>({
    get: () => latest.current,
    set: (_, value) => edit(value),
    casing: () => 'sentence',
  });
  const { mutation, submit, refresh } = useSaveNote(customerNumber);
  const result = mutation.data;
  const textError =
    problem || (result?.outcome === 'Invalid' ? result.fieldErrors.get('text') : undefined);

  const save = () => {
    if (text.trim() === '') return setProblem(t('crm-preferences.note.empty'));
    if (text.length > MAX_NOTE)
      return setProblem(t('crm-preferences.note.tooLong', { max: MAX_NOTE }));
    submit(
      {
        operatorId,
        change: {
          kind: 'save',
          lastUpdated: null,
          draft: {
            noteId,
            customerNumber,
            type: 'NOTE',
            text,
            isPrivate,
            isAlert,
            wishlistItem: null,
          },
        },
      },
      (answer) => answer.outcome === 'Success' && onClose(true),
    );
  };

  return (
    <form
      aria-label={t('crm-preferences.note.new')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="flex min-h-0 flex-1 flex-col gap-3"
    >
      <div className="flex flex-wrap items-center gap-3">
        {/* The flags sit by the buttons: with the keyboard open, a 768-px till has no room below. */}
        <h2 className="sr-only">{t('crm-preferences.note.new')}</h2>
        <div className="flex flex-wrap gap-x-6">
          <Check checked={isPrivate} onChange={setPrivate}>
            {t('crm-preferences.note.privateCheck')}
          </Check>
          <Check checked={isAlert} onChange={setAlert}>
            {t('crm-preferences.note.alertCheck')}
          </Check>
        </div>
        <FormButtons
          keyboardOpen={keyboardOpen}
          onKeyboard={() => setKeyboardOpen((o) => !o)}
          onCancel={() => onClose(false)}
          saving={mutation.isPending}
          failed={mutation.isError}
          refresh={refresh}
          save={t('crm-preferences.note.save')}
        />
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
        <SaveFeedback error={mutation.error} result={result} onRetry={save} />
        <div className="flex flex-col gap-1">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <label htmlFor="note-text" className="text-base font-semibold text-slate-800">
              {t('crm-preferences.note.label')}
            </label>
            <p id="note-reminder" className="text-base text-slate-700">
              {t('crm-preferences.note.reminder')}
            </p>
          </div>
          <textarea
            {...keyboard.register('text')}
            id="note-text"
            value={text}
            onChange={(e) => edit(e.target.value)}
            rows={keyboardOpen ? 3 : 5}
            aria-invalid={textError ? true : undefined}
            aria-describedby={`note-reminder${textError ? ' note-text-error' : ''}`}
            inputMode={keyboardOpen ? 'none' : 'text'}
            className={`py-2 xl:min-h-48 ${fieldClass} ${textError ? 'border-red-700' : 'border-slate-400'}`}
          />
          <FieldError id="note-text" error={textError} />
        </div>
      </div>
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="&,?" compact />}
    </form>
  );
}
