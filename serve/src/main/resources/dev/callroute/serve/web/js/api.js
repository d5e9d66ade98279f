// The JSON API (docs/http-api.md). Every call rejects with an Error carrying the server's message
// and, for an invalid scenario, its file:line:column problems.
async function call(method, path, body) {
  const init = { method, headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }
  const res = await fetch(path, init);
  let data = {};
  try {
    data = await res.json();
  } catch (e) {
    data = { error: `the server answered ${res.status} without JSON` };
  }
  if (!res.ok) {
    const err = new Error(data.error || `error ${res.status}`);
    err.status = res.status;
    err.problems = data.problems || [];
    throw err;
  }
  return data;
}

const at = (id) => `/api/sessions/${encodeURIComponent(id)}`;

export const api = {
  create: (blank = false) => call('POST', '/api/sessions', { blank }),
  get: (id) => call('GET', at(id)),
  setWorld: (id, world) => call('POST', `${at(id)}/world`, world),
  step: (id, step) => call('POST', `${at(id)}/steps`, { step }),
  steps: (id, steps) => call('POST', `${at(id)}/steps`, { steps }),
  undo: (id) => call('POST', `${at(id)}/undo`),
  reset: (id) => call('POST', `${at(id)}/reset`),
  exportScenario: (id) => call('GET', `${at(id)}/scenario`),
  downloadUrl: (id) => `${at(id)}/scenario.yaml`,
  load: (id, fileName, yaml) => call('POST', `${at(id)}/scenario`, { fileName, yaml }),
  explore: (id, query) => call('POST', `${at(id)}/explore`, query),
  doctorOptions: () => call('GET', '/api/doctor'),
  diagnose: (symptom, facts) => call('POST', '/api/doctor', { symptom, facts }),
};
