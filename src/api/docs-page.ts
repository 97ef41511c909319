// /docs: the OpenAPI description as one readable HTML page, rendered here (no CDN, no script, so the
// strict Content-Security-Policy holds): each path, its parameters and its answers.
type Operation = {
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; description?: string; schema?: object }[];
  responses?: Record<string, { description?: string }>;
};
type Spec = { info: { title: string; description?: string }; paths: Record<string, Record<string, Operation>> };

export function renderDocsPage(spec: Spec): string {
  const sections = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => renderOperation(method, path, op)),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(spec.info.title)} API</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(spec.info.title)} HTTP API</h1><p>${escapeHtml(spec.info.description ?? "")}</p><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${sections.join("\n")}</body></html>`;
}

function renderOperation(method: string, path: string, op: Operation): string {
  const rows = (op.parameters ?? []).map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${escapeHtml(describeSchema(p.schema))}</td><td>${escapeHtml(p.description ?? "")}</td></tr>`,
  );
  const answers = Object.entries(op.responses ?? {}).map(
    ([status, r]) => `<li><b>${escapeHtml(status)}</b> ${escapeHtml(r.description ?? "")}</li>`,
  );
  return `<section><h2><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>${op.security ? ' <span class="lock">token</span>' : ""}</h2>
<p>${escapeHtml(op.summary ?? "")}</p>${rows.length ? `<table><tr><th>name</th><th>in</th><th>type</th><th>meaning</th></tr>${rows.join("")}</table>` : ""}<ul>${answers.join("")}</ul></section>`;
}

function describeSchema(schema: object | undefined): string {
  if (!schema) return "";
  const s = schema as { type?: string; enum?: unknown[]; pattern?: string; maximum?: number };
  if (s.enum) return s.enum.join(" | ");
  return [s.type ?? "", s.pattern ? `matching ${s.pattern}` : "", s.maximum !== undefined ? `≤ ${s.maximum}` : ""]
    .filter(Boolean)
    .join(", ");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.05rem}.method{background:#234;color:#fff;padding:0 .4rem;border-radius:3px}
.lock{font-size:.8rem;background:#fde68a;padding:0 .3rem;border-radius:3px}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;vertical-align:top}`;
