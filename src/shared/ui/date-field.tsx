import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { daysInMonth, isoDate } from '../format/calendar';
import { useT, useTillLocale } from '../i18n/messages';
import { Button } from './button';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const parts = (iso: string) => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
};

/** Monday 1 ... Sunday 7: the first day of the week where the till is (Monday if unknown). */
function firstDayOfWeek(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return (l.getWeekInfo?.() ?? l.weekInfo)?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/**
 * A date typed by touch: the field shows the date in the till's language (never the
 * browser's), and opens a picker of year, month and day, each a big target. The value is
 * `YYYY-MM-DD` or empty; `min` and `max` (also `YYYY-MM-DD`) bound what can be picked.
 */
export function DateField({
  label,
  value,
  onChange,
  min = '1900-01-01',
  max,
  openAt,
  invalid = false,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max: string;
  /** Where the picker opens when the field is empty (default: `max`), e.g. 30 years ago for a birth date. */
  openAt?: string;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useT();
  const locale = useTillLocale();
  const id = useId();
  const [open, setOpen] = useState(false);
  const field = useRef<HTMLButtonElement>(null);
  const shown = value
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        utc(parts(value).year, parts(value).month, parts(value).day),
      )
    : t('ui.date.choose');
  const close = () => {
    setOpen(false);
    field.current?.focus();
  };
  return (
    <div className="flex flex-col gap-1">
      <span id={`${id}-label`} className="text-base font-semibold text-slate-800">
        {label}
      </span>
      <button
        ref={field}
        type="button"
        aria-labelledby={`${id}-label ${id}-value`}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onClick={() => setOpen(true)}
        className={`flex h-12 min-w-48 items-center rounded-lg border-2 bg-white px-3 text-left text-lg ${invalid ? 'border-red-700' : 'border-slate-400'} focus-visible:outline-4 focus-visible:outline-blue-500`}
      >
        <span id={`${id}-value`} className={value ? 'text-slate-900' : 'text-slate-500'}>
          {shown}
        </span>
      </button>
      {open && (
        <DatePicker
          label={label}
          locale={locale}
          value={value}
          min={min}
          max={max}
          openAt={value || openAt || max}
          onPick={(picked) => {
            onChange(picked);
            close();
          }}
          onCancel={close}
        />
      )}
    </div>
  );
}

function DatePicker({
  label,
  locale,
  value,
  min,
  max,
  openAt,
  onPick,
  onCancel,
}: {
  label: string;
  locale: string;
  value: string;
  min: string;
  max: string;
  openAt: string;
  onPick: (value: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const start = parts(openAt);
  const [year, setYear] = useState(start.year);
  const [month, setMonth] = useState(start.month);
  const [decade, setDecade] = useState(Math.floor(start.year / 10) * 10);
  const dialog = useRef<HTMLDivElement>(null);
  const lo = parts(min);
  const hi = parts(max);

  useEffect(() => {
    const picked = dialog.current?.querySelector<HTMLButtonElement>(
      '[role="radio"][aria-checked="true"]:not([disabled])',
    );
    picked?.focus();
  }, []);

  const monthName = (m: number, style: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(utc(2000, m, 1));
  const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });

  const chooseYear = (y: number) => {
    setYear(y);
    // Keep the month within the range of the year chosen.
    if (y === lo.year && month < lo.month) setMonth(lo.month);
    if (y === hi.year && month > hi.month) setMonth(hi.month);
  };
  const monthOff = (m: number) =>
    (year === lo.year && m < lo.month) || (year === hi.year && m > hi.month);

  const first = firstDayOfWeek(locale);
  // 2024-01-01 was a Monday: the week's days in the till's order, from its first day.
  const week = Array.from({ length: 7 }, (_, i) => utc(2024, 1, ((first - 1 + i) % 7) + 1));
  const lead = ((utc(year, month, 1).getUTCDay() || 7) - first + 7) % 7;
  const days = Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1);

  const cell = 'min-h-12 min-w-12 rounded-lg border-2 text-lg font-semibold';
  const look = (on: boolean) =>
    on ? 'border-blue-800 bg-blue-700 text-white' : 'border-slate-300 bg-white text-slate-900';

  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-slate-900/50 p-2">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
        className="flex max-h-full flex-col gap-3 overflow-y-auto rounded-xl bg-white p-4 shadow-2xl"
      >
        <h2 className="text-2xl font-bold text-slate-900">{label}</h2>
        <div className="flex flex-wrap gap-6">
          <div className="flex flex-col gap-3">
            <div className="flex flex-col gap-1">
              <span className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                {t('ui.date.year')}
              </span>
              <div className="flex items-center gap-2">
                <Button
                  aria-label={t('ui.date.earlierYears')}
                  disabled={decade <= lo.year - (lo.year % 10)}
                  onClick={() => setDecade((d) => d - 10)}
                >
                  ‹
                </Button>
                <div
                  role="radiogroup"
                  aria-label={t('ui.date.year')}
                  className="grid grid-cols-5 gap-1"
                >
                  {Array.from({ length: 10 }, (_, i) => decade + i).map((y) => (
                    <button
                      key={y}
                      type="button"
                      role="radio"
                      aria-checked={y === year}
                      disabled={y < lo.year || y > hi.year}
                      onClick={() => chooseYear(y)}
                      className={`${cell} px-2 disabled:opacity-30 ${look(y === year)}`}
                    >
                      {y}
                    </button>
                  ))}
                </div>
                <Button
                  aria-label={t('ui.date.laterYears')}
                  disabled={decade + 10 > hi.year}
                  onClick={() => setDecade((d) => d + 10)}
                >
                  ›
                </Button>
              </div>
            </div>
            <div className="flex flex-col gap-1">
              <span className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                {t('ui.date.month')}
              </span>
              <div
                role="radiogroup"
                aria-label={t('ui.date.month')}
                className="grid grid-cols-4 gap-1"
              >
                {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
                  <button
                    key={m}
                    type="button"
                    role="radio"
                    aria-checked={m === month}
                    aria-label={monthName(m, 'long')}
                    disabled={monthOff(m)}
                    onClick={() => setMonth(m)}
                    className={`${cell} px-2 disabled:opacity-30 ${look(m === month)}`}
                  >
                    {monthName(m, 'short')}
                  </button>
                ))}
              </div>
            </div>
          </div>
          <div className="flex flex-col gap-1">
            <span className="text-sm font-semibold uppercase tracking-wide text-slate-600">
              {t('ui.date.day')}
            </span>
            <div className="grid grid-cols-7 gap-1" aria-hidden>
              {week.map((d) => (
                <abbr
                  key={d.getUTCDay()}
                  title={weekdayLong.format(d)}
                  className="text-center text-sm font-semibold text-slate-600 no-underline"
                >
                  {weekday.format(d)}
                </abbr>
              ))}
            </div>
            <div role="radiogroup" aria-label={t('ui.date.day')} className="grid grid-cols-7 gap-1">
              {Array.from({ length: lead }, (_, i) => (
                <span key={`lead-${i}`} />
              ))}
              {days.map((d) => {
                const iso = isoDate(year, month, d) as string;
                return (
                  <button
                    key={d}
                    type="button"
                    role="radio"
                    aria-checked={iso === value}
                    aria-label={fullDate.format(utc(year, month, d))}
                    disabled={iso < min || iso > max}
                    onClick={() => onPick(iso)}
                    className={`${cell} disabled:opacity-30 ${look(iso === value)}`}
                  >
                    {d}
                  </button>
                );
              })}
            </div>
          </div>
        </div>
        <div className="flex justify-end gap-2">
          {value && <Button onClick={() => onPick('')}>{t('ui.date.clear')}</Button>}
          <Button onClick={onCancel}>{t('ui.date.cancel')}</Button>
        </div>
      </div>
    </div>
  );
}
