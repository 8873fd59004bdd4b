/**
 * Said where a write needs an operator and none is signed on. (The shared sign-on component
 * replaces this once it lands.)
 */
export function SignOnNeeded({ to, because }: { to: string; because: string }) {
  return (
    <p
      role="note"
      className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-lg font-semibold text-amber-950"
    >
      Sign on as an operator to {to}: {because}
    </p>
  );
}
