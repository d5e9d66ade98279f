// The world editor: accessories, the app and Call Audio Routing, editable before the first step.
// Every change is sent at once; the server validates it and answers with the session.
import { $, h, put } from './dom.js';

const KINDS = ['bluetoothHeadset', 'bluetoothSpeaker', 'wiredHeadset', 'wiredHeadphones'];
const HFP = ['always', 'systemCallsOnly', 'never'];

/** Fills the form from the session's world. */
export function showWorld(session, onChange) {
  const w = session.world;
  // Redrawing replaces the accessory rows: keep the keyboard focus on the same control.
  const focused = document.activeElement;
  const row = focused ? focused.closest('#accessory-list .accessory') : null;
  const rowIndex = row ? [...row.parentNode.children].indexOf(row) : -1;
  const control = row ? [...row.querySelectorAll('input, select, button')].indexOf(focused) : -1;
  $('world-fields').disabled = !session.editable;
  put($('world-note'), session.editable
    ? 'Edit before the first step; every change applies at once.'
    : 'The world is fixed once a step is played: undo or clear the steps to edit it.');
  $('scenario-name').value = session.name;
  $('app-callkit').checked = w.app.callKit;
  $('app-role').value = w.app.role;
  $('app-mode').value = w.app.mode;
  $('app-speaker').checked = w.app.defaultToSpeaker;
  $('call-audio-routing').value = w.callAudioRouting;
  put($('accessory-list'), w.accessories.map((a, i) => accessoryRow(a, i, onChange)));
  if (rowIndex >= 0) {
    const rows = $('accessory-list').children;
    const again = rows[Math.min(rowIndex, rows.length - 1)];
    const controls = again ? again.querySelectorAll('input, select, button') : [];
    if (controls.length) controls[Math.min(control, controls.length - 1)].focus();
    else $('add-accessory').focus();
  }
}

function accessoryRow(a, i, onChange) {
  const n = i + 1;
  const select = (label, cls, values, value) =>
    h('label', { class: 'row' }, label,
      h('select', { class: cls, 'aria-label': `${label} of accessory ${n}` },
        values.map((v) => h('option', { value: v, selected: v === value }, v))));
  return h('div', { class: 'accessory', role: 'group', 'aria-label': `Accessory ${n}: ${a.name}` },
    h('label', { class: 'row' }, 'Id', h('input', { type: 'text', class: 'acc-id', value: a.id, 'aria-label': `Id of accessory ${n}` })),
    h('label', { class: 'row' }, 'Name', h('input', { type: 'text', class: 'acc-name', value: a.name, maxlength: 80, 'aria-label': `Name of accessory ${n}` })),
    select('Kind', 'acc-kind', KINDS, a.kind),
    select('HFP', 'acc-hfp', HFP, a.hfp),
    h('label', { class: 'row' }, h('input', { type: 'checkbox', class: 'acc-connected', checked: a.connected }), 'Connected at the start'),
    h('button', { type: 'button', onclick: () => onChange(readWorld({ remove: i })) }, `Remove ${a.name}`));
}

/** The world the form shows, as the API's JSON; optionally without one accessory or with a new one. */
export function readWorld({ remove = -1, add = false } = {}) {
  const accessories = [...document.querySelectorAll('#accessory-list .accessory')]
    .map((el) => ({
      id: el.querySelector('.acc-id').value.trim(),
      name: el.querySelector('.acc-name').value.trim(),
      kind: el.querySelector('.acc-kind').value,
      hfp: el.querySelector('.acc-hfp').value,
      connected: el.querySelector('.acc-connected').checked,
    }))
    .filter((_, i) => i !== remove);
  if (add) {
    let k = accessories.length + 1;
    while (accessories.some((a) => a.id === `headset${k}`)) k++;
    accessories.push({ id: `headset${k}`, name: `Headset ${k}`, kind: 'bluetoothHeadset', hfp: 'always', connected: false });
  }
  // The HFP choice follows the kind's default when the kind changes to a wired one.
  for (const a of accessories) if (a.kind.startsWith('wired')) a.hfp = 'never';
  return {
    name: $('scenario-name').value,
    accessories,
    app: {
      callKit: $('app-callkit').checked,
      role: $('app-role').value,
      mode: $('app-mode').value,
      defaultToSpeaker: $('app-speaker').checked,
    },
    callAudioRouting: $('call-audio-routing').value,
  };
}
