import { useState, type FormEvent } from 'react';
import { MAX_RECIPIENTS } from '../../shared/domain/crm-email';
import { useT } from '../../shared/i18n/messages';
import { Button } from '../../shared/ui/button';
import type { KeyboardRegistration } from '../../shared/ui/keyboard-target';
import { PageBar } from '../../shared/ui/page-bar';
import { QueryContent } from '../../shared/ui/query-content';
import { useAddressBook } from './api/get-address-book';
import { ADDRESS_BOOK_PAGE_SIZE } from './api/keys';
import type { CrmEmailMessageId } from './messages';

/**
 * The Address Book: customers with an e-mail address, searched by name or by the start of an
 * address (Get Address Book, a few at a time with Previous and Next), each one tap to add as
 * a recipient.
 */
export function AddressBook({
  id,
  search,
  onSearchChange,
  register,
  keyboardOpen,
  isAdded,
  full,
  onAdd,
}: {
  id: string;
  /** The text in the search box (the form's, so the on-screen keyboard can type it). */
  search: string;
  onSearchChange: (text: string) => void;
  register: KeyboardRegistration;
  keyboardOpen: boolean;
  isAdded: (address: string) => boolean;
  /** No more recipients may be added. */
  full: boolean;
  onAdd: (address: string) => void;
}) {
  const t = useT<CrmEmailMessageId>();
  // What was searched (the box may have changed since) and the page shown.
  const [searched, setSearched] = useState('');
  const [offset, setOffset] = useState(0);
  const book = useAddressBook(searched, offset);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearched(search.trim());
    setOffset(0);
  };
  return (
    <div
      id={id}
      className="flex flex-col gap-3 rounded-lg border-2 border-slate-200 bg-slate-50 p-3"
    >
      <form
        role="search"
        aria-label={t('crm-email.addressBook.open')}
        onSubmit={submit}
        className="flex flex-col gap-1"
      >
        <label htmlFor="address-book-text" className="text-base font-semibold text-slate-800">
          {t('crm-email.addressBook.label')}
        </label>
        <div className="flex gap-2">
          <input
            id="address-book-text"
            {...register}
            type="search"
            value={search}
            onChange={(e) => onSearchChange(e.target.value)}
            inputMode={keyboardOpen ? 'none' : 'email'}
            autoComplete="off"
            className="h-12 min-w-0 flex-1 rounded-lg border-2 border-slate-400 bg-white px-3 text-lg focus:border-blue-700 focus:outline-none"
          />
          <Button type="submit" variant="primary" disabled={search.trim() === ''}>
            {t('crm-email.addressBook.search')}
          </Button>
        </div>
      </form>
      {searched === '' ? (
        <p className="text-base text-slate-700">{t('crm-email.addressBook.hint')}</p>
      ) : (
        <QueryContent query={book} pending={t('crm-email.addressBook.searching')}>
          {(result) => {
            if (result.outcome !== 'Success')
              return (
                <p role="alert" className="text-lg font-semibold text-red-800">
                  {result.message}
                </p>
              );
            const { rows, total } = result.page;
            if (rows.length === 0)
              return (
                <p className="text-lg text-slate-800">
                  {t('crm-email.addressBook.none', { text: searched })}
                </p>
              );
            return (
              <>
                {full && (
                  <p role="status" className="text-base font-semibold text-amber-900">
                    {t('crm-email.addressBook.full', { max: MAX_RECIPIENTS })}
                  </p>
                )}
                <ul aria-label={t('crm-email.addressBook.results')} className="flex flex-col gap-2">
                  {rows.map((entry) => {
                    const name = [entry.forename, entry.surname].filter(Boolean).join(' ');
                    const added = isAdded(entry.emailAddress);
                    return (
                      <li key={`${entry.customerNumber}:${entry.emailAddress}`}>
                        <Button
                          className="w-full justify-between text-left"
                          aria-label={t('crm-email.addressBook.add', {
                            name,
                            address: entry.emailAddress,
                          })}
                          disabled={added || full}
                          onClick={() => onAdd(entry.emailAddress)}
                        >
                          <span className="flex min-w-0 flex-1 flex-col items-start py-1">
                            <span>{name}</span>
                            <span className="break-all text-base font-normal">
                              {entry.emailAddress}
                            </span>
                          </span>
                          <span aria-hidden="true">
                            {added ? t('crm-email.addressBook.added') : '+'}
                          </span>
                        </Button>
                      </li>
                    );
                  })}
                </ul>
                <PageBar
                  className="flex-wrap"
                  first={offset}
                  last={offset + rows.length - 1}
                  total={total}
                  atStart={offset === 0}
                  atEnd={offset + rows.length >= total}
                  onPrevious={() => setOffset((o) => Math.max(0, o - ADDRESS_BOOK_PAGE_SIZE))}
                  onNext={() => setOffset((o) => o + ADDRESS_BOOK_PAGE_SIZE)}
                  busy={book.isPlaceholderData ? t('crm-email.addressBook.searching') : undefined}
                />
              </>
            );
          }}
        </QueryContent>
      )}
    </div>
  );
}
