// The route diagram, as inline SVG: accessories on the left, the call's audio in the middle, the
// iPhone with its earpiece, microphone and loudspeaker on the right. The output arrow is solid and
// labelled "output", the input arrow dashed and labelled "input"; what changed in the step is
// drawn thicker and marked "changed" in words, so no meaning rests on colour alone.
import { s } from './dom.js';

const KIND_WORDS = {
  bluetoothHeadset: 'Bluetooth headset',
  bluetoothSpeaker: 'Bluetooth speaker',
  wiredHeadset: 'wired headset',
  wiredHeadphones: 'wired headphones',
};

const PARTS = {
  builtInReceiver: { label: 'Earpiece', y: 50 },
  builtInMic: { label: 'Microphone', y: 140 },
  builtInSpeaker: { label: 'Loudspeaker', y: 230 },
};

/** Where the arrow of this port ends: an accessory box or a part of the iPhone; null for none. */
function anchor(port, boxes) {
  if (!port || port.port === 'none') return null;
  if (port.accessory) return boxes[port.accessory] ? { ...boxes[port.accessory], side: 'left' } : null;
  const p = PARTS[port.port];
  return p ? { x: 500, y: p.y + 18, side: 'right', part: port.port } : null;
}

/** The SVG of one timeline row, comparing it with the row before to mark what changed. */
export function diagram(world, row, before) {
  const accessories = world.accessories;
  const height = Math.max(300, 40 + accessories.length * 70);
  const connected = new Set(row.state.connected);
  const wasConnected = new Set(before ? before.state.connected : row.state.connected);
  const outChanged = before && JSON.stringify(before.output) !== JSON.stringify(row.output);
  const inChanged = before && JSON.stringify(before.input) !== JSON.stringify(row.input);
  const svg = s('svg', {
    viewBox: `0 0 720 ${height}`,
    role: 'img',
    'aria-labelledby': 'diagram-title diagram-desc',
  });
  svg.append(
    s('title', { id: 'diagram-title' }, 'Route diagram'),
    s('desc', { id: 'diagram-desc' }, `Output: ${row.output.label}. Input: ${row.input.label}.`),
    s('defs', {},
      marker('head-out', 'arrow-out'),
      marker('head-in', 'arrow-in')),
  );
  const boxes = {};
  accessories.forEach((a, i) => {
    const y = 20 + i * 70;
    const on = connected.has(a.id);
    const changed = before && on !== wasConnected.has(a.id);
    const used = row.output.accessory === a.id || row.input.accessory === a.id;
    boxes[a.id] = { x: 200, y: y + 27 };
    const g = s('g', { 'data-accessory': a.id });
    g.append(
      s('rect', {
        x: 10, y, width: 190, height: 54, rx: 10,
        class: `box ${on ? '' : 'absent'} ${used ? 'active' : ''} ${changed ? 'changed' : ''}`,
      }),
      s('text', { x: 20, y: y + 20, class: on ? '' : 'absent-text' }, truncate(a.name, 24)),
      s('text', { x: 20, y: y + 40, class: 'absent-text' },
        `${KIND_WORDS[a.kind] || a.kind}, ${on ? 'connected' : 'not connected'}`),
    );
    if (changed) g.append(s('text', { x: 150, y: y - 3, class: 'badge' }, 'changed'));
    svg.append(g);
  });
  // The call's audio in the middle.
  const mid = height / 2;
  const calls = row.state.calls;
  const callText = calls.length
    ? calls.map((c) => `${c.id} ${c.type} ${c.state}`).slice(0, 3)
    : ['no call: media'];
  svg.append(s('rect', { x: 250, y: mid - 45, width: 130, height: 90, rx: 8, class: 'box' }));
  svg.append(s('text', { x: 260, y: mid - 25, class: 'arrow-label' }, 'Call audio'));
  callText.forEach((t, i) => svg.append(s('text', { x: 260, y: mid - 5 + i * 17 }, truncate(t, 18))));
  // The iPhone and its parts.
  svg.append(s('rect', { x: 500, y: 15, width: 200, height: 275, rx: 24, class: 'phone' }));
  svg.append(s('text', { x: 575, y: 35, class: 'arrow-label' }, 'iPhone'));
  for (const [port, p] of Object.entries(PARTS)) {
    const used = row.output.port === port || row.input.port === port;
    const changed =
      (outChanged && (row.output.port === port || before.output.port === port)) ||
      (inChanged && (row.input.port === port || before.input.port === port));
    svg.append(s('rect', {
      x: 520, y: p.y, width: 160, height: 36, rx: 6,
      class: `box ${used ? 'active' : ''} ${changed ? 'changed' : ''}`,
      'data-part': port,
    }));
    svg.append(s('text', { x: 532, y: p.y + 23 }, p.label));
    if (changed) svg.append(s('text', { x: 630, y: p.y - 3, class: 'badge' }, 'changed'));
  }
  // The arrows.
  const out = anchor(row.output, boxes);
  const inn = anchor(row.input, boxes);
  const same = out && inn && out.x === inn.x && out.y === inn.y;
  if (out) svg.append(arrow(out, mid, same ? -8 : 0, true, outChanged));
  if (inn) svg.append(arrow(inn, mid, same ? 8 : 0, false, inChanged));
  if (!out) svg.append(s('text', { x: 260, y: mid + 62 }, 'no output'));
  if (!inn) svg.append(s('text', { x: 260, y: mid + 78 }, 'no input'));
  return svg;
}

function arrow(end, mid, offset, isOutput, changed) {
  const left = end.side === 'left';
  const audioX = left ? 250 : 380;
  const ax = audioX;
  const ay = mid + offset;
  const bx = end.x;
  const by = end.y + offset;
  const [x1, y1, x2, y2] = isOutput ? [ax, ay, bx, by] : [bx, by, ax, ay];
  const g = s('g', { 'data-arrow': isOutput ? 'output' : 'input' });
  g.append(s('path', {
    d: `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`,
    class: `${isOutput ? 'arrow-out' : 'arrow-in'} ${changed ? 'arrow-changed' : ''}`,
    'marker-end': `url(#${isOutput ? 'head-out' : 'head-in'})`,
  }));
  const lx = Math.min(ax, bx) + 6;
  const ly = (isOutput ? Math.min(ay, by) - 8 : Math.max(ay, by) + 18);
  g.append(s('text', { x: lx, y: ly, class: 'arrow-label' }, `${isOutput ? 'output' : 'input'}${changed ? ' (changed)' : ''}`));
  return g;
}

function marker(id, cls) {
  return s('marker', {
    id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse',
  }, s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: cls }));
}

function truncate(text, n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
