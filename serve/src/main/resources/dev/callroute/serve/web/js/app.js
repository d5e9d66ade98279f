// The playground page: one server-side session, shown as the world, the step buttons, the route
// diagram and the timeline. Every change goes through the API and the page redraws from its answer.
import { api } from './api.js';
import { $, h, put } from './dom.js';
import { diagram } from './diagram.js';
import { readWorld, showWorld } from './world.js';
import { initTools } from './tools.js';

const KEY = 'callroute-session';
let session = null;
let selected = 0;

/** Shows a message in the status line; bad ones are marked as errors in words too. */
export function say(text, bad = false) {
  const el = $('status');
  el.classList.toggle('bad', bad);
  put(el, bad && text ? `Error: ${text}` : text);
}

/** Shows a session from the server, viewing its last row unless told otherwise. */
export function show(next, at = next.timeline.length - 1) {
  session = next;
  sessionStorage.setItem(KEY, session.id);
  selected = Math.min(at, session.timeline.length - 1);
  showWorld(session, changeWorld);
  showChoices();
  showTimeline();
  showRow();
  $('undo').disabled = session.timeline.length <= 1;
  $('reset').disabled = session.timeline.length <= 1;
}

/** The current session. */
export const current = () => session;

async function run(action, success) {
  try {
    const next = await action();
    if (next && next.timeline) show(next);
    if (success) say(success(next));
    return next;
  } catch (e) {
    say(e.message, true);
    if (e.status === 404) await start(true);
    return null;
  }
}

async function changeWorld(world) {
  try {
    show(await api.setWorld(session.id, world));
    put($('world-error'));
  } catch (e) {
    put($('world-error'), e.message);
  }
}

function showChoices() {
  const last = session.timeline.length - 1;
  put($('steps-after'), last === 0 ? 'Nothing is played yet.' : `New steps go after step ${last}, the latest.`);
  const groups = new Map();
  for (const c of session.choices) {
    if (!groups.has(c.group)) groups.set(c.group, []);
    groups.get(c.group).push(c);
  }
  put($('choices'), [...groups].map(([group, list]) =>
    h('div', { class: 'choice-group', role: 'group', 'aria-label': group },
      h('h3', {}, group),
      list.map((c) => h('button', {
        type: 'button',
        class: 'choice',
        'data-step': c.step.text,
        'aria-disabled': c.enabled ? 'false' : 'true',
        title: c.enabled ? `Play: ${c.step.text}` : c.reason,
        'aria-description': c.enabled ? undefined : c.reason,
        onclick: () => (c.enabled
          ? run(() => api.step(session.id, c.step), (s) => describe(s.timeline[s.timeline.length - 1]))
          : say(`${c.step.text} would be rejected: ${c.reason}`, true)),
      }, label(c.step))))));
}

function label(step) {
  const t = step.text;
  switch (step.kind) {
    case 'connect': return `Connect ${step.accessory}`;
    case 'disconnect': return `Disconnect ${step.accessory}`;
    case 'incomingCall': return `Incoming ${step.type} call ${step.call}`;
    case 'dial': return `Place ${step.type} call ${step.call}`;
    case 'answer': return step.via === 'iphone' ? `Answer ${step.call} on the iPhone` : `Answer ${step.call} on ${step.via}`;
    case 'decline': return `Decline ${step.call}`;
    case 'end': return `End ${step.call}`;
    case 'callScreen': return `Call screen: ${step.pick}`;
    case 'controlCenter': return `Control Center: ${step.pick}`;
    case 'setting': return `Call Audio Routing: ${step.callAudioRouting}`;
    case 'preferredInput': return `Preferred input: ${step.input}`;
    case 'speakerphone': return `Speakerphone ${step.on ? 'on' : 'off'}`;
    default: return t;
  }
}

function describe(row) {
  return row.rejected
    ? `${row.step}: rejected: ${row.rejection}`
    : `${row.step}: output ${row.output.label}, input ${row.input.label}`;
}

function showTimeline() {
  const body = $('timeline').querySelector('tbody');
  put(body, session.timeline.map((row) => h('tr', {
    class: `${row.index === selected ? 'selected' : ''} ${row.rejected ? 'rejected' : ''}`,
    'data-index': row.index,
    'aria-current': row.index === selected ? 'true' : undefined,
    onclick: () => select(row.index),
  },
  h('td', {}, h('button', {
    type: 'button',
    class: 'view-row',
    'aria-label': `View the state after step ${row.index}: ${row.step}`,
    'aria-pressed': row.index === selected ? 'true' : 'false',
  }, row.index === selected ? `▶ ${row.index}` : String(row.index))),
  h('td', { class: 'step-text' }, row.step),
  h('td', { class: 'route-cell' }, row.rejected ? `rejected: ${row.rejection}` : `${row.output.label} / ${row.input.label}`),
  h('td', {}, row.notifications.join(', ') || '–'),
  h('td', {}, row.rules.map((r) => h('div', { title: r.sentence, class: 'rule-id' }, r.id))))));
}

function select(index) {
  selected = index;
  showTimeline();
  showRow();
  const button = document.querySelector(`#timeline tr[data-index="${index}"] .view-row`);
  if (button) button.focus();
}

function showRow() {
  const row = session.timeline[selected];
  const before = selected > 0 ? session.timeline[selected - 1] : null;
  put($('diagram'), diagram(session.world, row, before));
  put($('viewing'), selected === session.timeline.length - 1
    ? `after step ${selected} (latest)`
    : `after step ${selected} of ${session.timeline.length - 1}`);
  put($('route-text'), row.rejected
    ? `Step rejected: ${row.rejection} The route stays: output ${row.output.label}, input ${row.input.label}.`
    : `Output ${row.output.label}; input ${row.input.label}.`);
  put($('calls'), row.state.calls.length
    ? row.state.calls.map((c) => h('li', {}, `${c.id}: ${c.type} call, ${c.state}`))
    : [h('li', {}, 'No call in progress.')]);
  put($('why'), row.rules.map((r) => h('li', {}, h('span', { class: 'rule-id' }, r.id), ': ', r.sentence)));
}

async function start(fresh = false) {
  const id = fresh ? null : sessionStorage.getItem(KEY);
  if (id) {
    try {
      show(await api.get(id), 0);
      return;
    } catch (e) {
      sessionStorage.removeItem(KEY);
    }
  }
  const created = await api.create();
  show(created, created.timeline.length > 1 ? 0 : created.timeline.length - 1);
}

function wire() {
  $('undo').addEventListener('click', () => run(() => api.undo(session.id), () => 'Undid the last step.'));
  $('reset').addEventListener('click', () => run(() => api.reset(session.id), () => 'Cleared every step.'));
  $('add-accessory').addEventListener('click', () => changeWorld(readWorld({ add: true })));
  $('world-form').addEventListener('change', () => changeWorld(readWorld()));
  $('world-form').addEventListener('submit', (e) => e.preventDefault());
}

wire();
initTools({ run, say, current });
start().catch((e) => say(e.message, true));
