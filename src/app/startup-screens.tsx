import { ConfigError } from '../shared/config/config-error';

export function StartingScreen() {
  return (
    <div
      role="status"
      className="flex h-dvh items-center justify-center bg-slate-900 text-2xl text-white"
    >
      Starting the till…
    </div>
  );
}

/** Full screen, naming every bad field: the till must not start half-configured. */
export function StartupErrorScreen({ error }: { error: unknown }) {
  const title = error instanceof ConfigError ? error.message : 'The till could not start';
  const problems =
    error instanceof ConfigError
      ? error.problems
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
      <p className="max-w-3xl text-center text-lg">
        Ask the store's IT support to correct terminal-config.json (it is described in the README),
        then reload.
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="min-h-12 rounded-lg bg-white px-6 text-xl font-semibold text-red-900"
      >
        Reload
      </button>
    </div>
  );
}
