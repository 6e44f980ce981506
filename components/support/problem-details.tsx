import type { TProblem } from "@/lib/errors";
import type { TTranslator } from "@/lib/i18n/translator";

/** Vipps MobilePay's problem details exactly as they came, so support can quote them to Vipps. */
export function ProblemDetails({ t, problem }: { t: TTranslator; problem: TProblem | null | undefined }) {
  if (!problem) return null;
  return (
    <div className="mt-2">
      <p className="font-medium">{t.m.support.problem.answered}</p>
      <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-xs">
        {(["type", "title", "status", "detail", "instance", "contextId", "traceId"] as const).map((key) =>
          problem[key] !== undefined ? (
            <div key={key} className="contents">
              <dt className="font-semibold">{key}</dt>
              <dd className="break-all">{String(problem[key])}</dd>
            </div>
          ) : null,
        )}
        {problem.extraDetails?.map((d, i) => (
          <div key={i} className="contents">
            <dt className="font-semibold">extraDetails</dt>
            <dd className="break-all">
              {d.name}: {d.reason}
            </dd>
          </div>
        ))}
      </dl>
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer">{t.m.support.problem.rawJson}</summary>
        <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-white/60 p-2">
          {JSON.stringify(problem, null, 2)}
        </pre>
      </details>
    </div>
  );
}
