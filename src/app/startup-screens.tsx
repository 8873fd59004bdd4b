import { CONFIG_FILE, ConfigError } from '../shared/config/config-error';
import { useT } from '../shared/i18n/messages';

export function StartingScreen() {
  const t = useT();
  return (
    <div
      role="status"
      className="flex h-dvh items-center justify-center bg-slate-900 text-2xl text-white"
    >
      {t('startup.starting')}
    </div>
  );
}

/** Full screen, naming every bad field: the till must not start half-configured. */
export function StartupErrorScreen({ error }: { error: unknown }) {
  const t = useT();
  const title =
    error instanceof ConfigError
      ? t(error.title, { file: CONFIG_FILE, count: error.problems.length })
      : t('startup.failed');
  const problems =
    error instanceof ConfigError
      ? error.problems.map((p) =>
          t('startup.problem', { field: p.field, problem: t(p.problem, p.values) }),
        )
      : [error instanceof Error ? error.message : String(error)];
  return (
    <div
      role="alert"
      className="flex h-dvh flex-col items-center justify-center gap-6 bg-red-900 p-8 text-white"
    >
      <h1 className="text-4xl font-bold">{title}</h1>
      <ul className="max-w-3xl list-disc space-y-2 pl-6 text-xl">
        {problems.map((p) => (
          <li key={p} className="font-mono">
            {p}
          </li>
        ))}
      </ul>
      <p className="max-w-3xl text-center text-lg">{t('startup.advice')}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="min-h-12 rounded-lg bg-white px-6 text-xl font-semibold text-red-900"
      >
        {t('startup.reload')}
      </button>
    </div>
  );
}
