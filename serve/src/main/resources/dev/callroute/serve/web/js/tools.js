// Export and load, the doctor panel and the explore panel.
import { api } from './api.js';
import { $, h, put } from './dom.js';

let ctx;

/** Wires the panels; {@code context} gives run, say and current from the page. */
export function initTools(context) {
  ctx = context;
  $('export').addEventListener('click', exportScenario);
  $('load-file').addEventListener('change', loadFile);
  $('doctor-form').addEventListener('submit', diagnose);
  $('explore-form').addEventListener('submit', explore);
  doctorForm().catch((e) => put($('doctor-error'), e.message));
}

async function exportScenario() {
  const session = ctx.current();
  try {
    const out = await api.exportScenario(session.id);
    const text = $('export-text');
    text.hidden = false;
    text.value = out.yaml;
    const link = $('download');
    link.hidden = false;
    link.href = api.downloadUrl(session.id);
    link.setAttribute('download', out.fileName);
    ctx.say(`Exported ${out.fileName}: ${session.timeline.length - 1} steps, each followed by an expect.`);
  } catch (e) {
    ctx.say(e.message, true);
  }
}

async function loadFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  put($('load-problems'));
  if (file.size > 256 * 1024) {
    put($('load-problems'), h('li', {}, `${file.name}: larger than 256 KB; nothing was played`));
    return;
  }
  const text = await file.text();
  try {
    const session = await api.load(ctx.current().id, file.name, text);
    ctx.run(async () => session, () => `Loaded ${file.name}: ${session.timeline.length - 1} steps.`);
  } catch (e) {
    put($('load-problems'), (e.problems.length ? e.problems : [e.message]).map((p) => h('li', {}, p)));
    ctx.say(e.message, true);
  }
  event.target.value = '';
}

async function doctorForm() {
  const options = await api.doctorOptions();
  put($('doctor-symptom'), options.symptoms.map((s) => h('option', { value: s.id }, `${s.id}: ${s.meaning}`)));
  put($('doctor-facts'), options.facts.map((f) => h('label', { class: 'row' }, f.question,
    h('select', { 'data-flag': f.flag, 'aria-label': f.question },
      f.choices.map((c) => h('option', { value: c, selected: c === f.default }, c))))));
}

async function diagnose(event) {
  event.preventDefault();
  put($('doctor-error'));
  const facts = {};
  for (const sel of document.querySelectorAll('#doctor-facts select')) facts[sel.dataset.flag] = sel.value;
  try {
    const d = await api.diagnose($('doctor-symptom').value, facts);
    put($('doctor-result'),
      h('p', {}, `${d.branches.length + d.omitted} branch${d.branches.length + d.omitted === 1 ? '' : 'es'} simulated for “${d.meaning}”.`),
      d.notes.length ? h('ul', { class: 'note' }, d.notes.map((n) => h('li', {}, n))) : null,
      d.branches.map((b, i) => branch(b, i)));
  } catch (e) {
    put($('doctor-error'), e.message);
  }
}

function branch(b, i) {
  const situation = Object.entries(b.situation).map(([k, v]) => `${k}=${v}`).join(', ');
  return h('div', { class: 'branch', role: 'group', 'aria-label': `Branch ${i + 1}` },
    h('p', {}, h('strong', {}, `Branch ${i + 1}: `), situation),
    h('p', { class: b.reproduced ? 'verdict-yes' : 'verdict-no' },
      b.reproduced ? 'Reproduced' : 'Not reproduced', `: ${b.route}`),
    h('ul', {}, b.causeText.map((r) => h('li', {}, h('span', { class: 'rule-id' }, r.id), ': ', r.sentence))),
    h('button', { type: 'button', onclick: () => show(b.scenario, `branch ${i + 1}`) }, `Show branch ${i + 1} in the timeline`),
    b.fixes.length ? h('ul', {}, b.fixes.map((f) => h('li', {},
      h('span', { class: f.verified ? 'verdict-yes' : 'verdict-no' }, `${f.id} (${f.who})${f.verified ? ', verified' : ', does not help'}: `),
      f.action, '. ', f.detail, '. ',
      f.scenario ? h('button', { type: 'button', onclick: () => show(f.scenario, `fix ${f.id}`) }, `Show fix ${f.id}`) : null))) : null);
}

function show(yaml, what) {
  ctx.run(() => api.load(ctx.current().id, 'doctor.yaml', yaml), () => `Loaded ${what} into the timeline.`);
}

async function explore(event) {
  event.preventDefault();
  put($('explore-error'));
  const mode = document.querySelector('input[name="explore-mode"]:checked').value;
  const query = { [mode]: $('explore-query').value };
  put($('explore-result'), h('p', {}, 'Searching…'));
  try {
    const r = await api.explore(ctx.current().id, query);
    const lines = [];
    const never = r.violations.find((v) => v.property.startsWith('--never'));
    const bound = r.complete ? ', every reachable state' : `, up to ${r.cutOffAtDepth ?? r.maxDepth} steps`;
    if (r.result === 'reached') {
      lines.push(h('p', { class: 'verdict-yes' }, `Reached in ${r.reach.steps} steps (${r.states} states searched); the steps are now in the timeline.`));
      ctx.run(async () => r.session, () => `Loaded the shortest path to ${r.query}.`);
    } else if (r.result === 'unreachable') {
      lines.push(h('p', { class: 'verdict-no' }, `No state within ${r.cutOffAtDepth ?? r.maxDepth} steps matches ${r.query} (${r.states} states searched${r.complete ? ', every reachable state' : ''}).`));
    } else if (r.result === 'holds') {
      lines.push(h('p', { class: 'verdict-yes' }, `Holds: no reachable state matches ${r.query} (${r.states} states${bound}).`));
    } else {
      lines.push(h('p', { class: 'verdict-no' }, `Counterexample in ${never.steps} steps:`),
        h('ol', {}, never.path.map((s) => h('li', {}, s.text))),
        h('button', { type: 'button', onclick: () => ctx.run(() => api.steps(ctx.current().id, never.path), () => 'Loaded the counterexample into the timeline.') }, 'Load the counterexample into the timeline'));
    }
    for (const v of r.violations) if (v !== never) lines.push(h('p', { class: 'verdict-no' }, `Violated: ${v.property}`));
    put($('explore-result'), lines);
  } catch (e) {
    put($('explore-result'));
    put($('explore-error'), e.message);
  }
}
