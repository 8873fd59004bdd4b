import { useEffect, useRef, useState } from 'react';
import { newRecordId, type WishlistItem } from '../../shared/domain/clienteling';
import { useT } from '../../shared/i18n/messages';
import { useKeyboardTarget } from '../../shared/ui/keyboard-target';
import { OnScreenKeyboard } from '../../shared/ui/on-screen-keyboard';
import { useSaveNote } from './api/save-note';
import { FormButtons } from './form-buttons';
import { TextField } from './form-fields';
import { SaveFeedback } from './save-feedback';
import type { CrmPreferencesMessageId } from './messages';

type WishField = keyof WishlistItem | 'remark';

const FIELDS: readonly {
  field: WishField;
  label: CrmPreferencesMessageId;
  max: number;
  casing: 'sentence' | 'upper' | 'as-typed';
}[] = [
  { field: 'description', label: 'crm-preferences.wish.description', max: 200, casing: 'sentence' },
  { field: 'productId', label: 'crm-preferences.wish.productId', max: 40, casing: 'upper' },
  { field: 'size', label: 'crm-preferences.wish.sizeField', max: 40, casing: 'upper' },
  { field: 'colour', label: 'crm-preferences.wish.colour', max: 40, casing: 'sentence' },
  { field: 'remark', label: 'crm-preferences.wish.remark', max: 2000, casing: 'sentence' },
];

const EMPTY: Record<WishField, string> = {
  description: '',
  productId: '',
  size: '',
  colour: '',
  remark: '',
};

/** A new wishlist item (a note of type WISHLIST): a product id or a description, or both. */
export function WishlistForm({
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
  const [item, setItem] = useState(EMPTY);
  const [problem, setProblem] = useState('');
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const latest = useRef(item);
  useEffect(() => {
    latest.current = item;
  });
  const set = (field: WishField, value: string) => {
    setItem((i) => ({ ...i, [field]: value }));
    setProblem('');
  };
  const keyboard = useKeyboardTarget<WishField>({
    get: (f) => latest.current[f],
    set,
    casing: (f) => FIELDS.find((x) => x.field === f)?.casing ?? 'as-typed',
  });
  const { mutation, submit, refresh } = useSaveNote(customerNumber);
  const result = mutation.data;
  const serverError = (field: WishField) =>
    result?.outcome === 'Invalid'
      ? result.fieldErrors.get(field === 'remark' ? 'text' : field)
      : undefined;

  const save = () => {
    if (item.description.trim() === '' && item.productId.trim() === '')
      return setProblem(t('crm-preferences.wish.unnamed'));
    const { remark, ...wish } = item;
    submit(
      {
        operatorId,
        change: {
          kind: 'save',
          lastUpdated: null,
          draft: {
            noteId,
            customerNumber,
            type: 'WISHLIST',
            text: remark,
            isPrivate: false,
            isAlert: false,
            wishlistItem: wish,
          },
        },
      },
      (answer) => answer.outcome === 'Success' && onClose(true),
    );
  };

  return (
    <form
      aria-label={t('crm-preferences.wish.new')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="flex min-h-0 flex-1 flex-col gap-3"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-2xl font-bold text-slate-900">{t('crm-preferences.wish.new')}</h2>
        <FormButtons
          keyboardOpen={keyboardOpen}
          onKeyboard={() => setKeyboardOpen((o) => !o)}
          onCancel={() => onClose(false)}
          saving={mutation.isPending}
          failed={mutation.isError}
          refresh={refresh}
          save={t('crm-preferences.wish.save')}
        />
      </div>
      <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-y-auto">
        <SaveFeedback error={mutation.error} result={result} onRetry={save} />
        {problem && (
          <p role="alert" className="text-lg font-semibold text-red-800">
            {problem}
          </p>
        )}
        <div className="grid grid-cols-2 gap-3 xl:grid-cols-4">
          {FIELDS.map((f) => (
            <div key={f.field} className={f.field === 'remark' ? 'col-span-2 xl:col-span-4' : ''}>
              <TextField
                id={`wish-${f.field}`}
                label={t(f.label)}
                value={item[f.field]}
                onChange={(v) => set(f.field, v)}
                register={keyboard.register(f.field)}
                error={serverError(f.field)}
                keyboardOpen={keyboardOpen}
                maxLength={f.max}
              />
            </div>
          ))}
        </div>
      </div>
      {keyboardOpen && <OnScreenKeyboard onAction={keyboard.onAction} extraKeys="&/" compact />}
    </form>
  );
}
