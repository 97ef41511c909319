// Calls to sitrep's HTTP API (docs at /docs, contract in /openapi.json). Errors come back as
// { error: { code, message } } (or, from older servers, { error: "message", code }).
export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  return readResponse(response);
}

export async function postJson(path, body, token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  return readResponse(response);
}

async function readResponse(response) {
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  const error = data?.error;
  const message = typeof error === "string" ? error : (error?.message ?? `${response.status} ${response.statusText}`);
  throw Object.assign(new Error(message), { status: response.status, code: error?.code ?? data?.code });
}

/** The write token, kept for this tab only: a stored token would outlive the session it was given for. */
export function writeToken() {
  return sessionStorage.getItem("sitrep-token") ?? "";
}

export function rememberToken(token) {
  if (token) sessionStorage.setItem("sitrep-token", token);
}
