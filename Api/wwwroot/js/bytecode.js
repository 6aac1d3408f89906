// The Bytecode pane: dis's listing of every code object, one table each; an instruction's
// `positions` (byte columns) tie it to the source both ways.

import { h, handle } from './text.js';

/** The code objects of a compile answer in dis's order: the module, then each nested one after its parent. */
export function codeObjects(code) {
  const all = [];
  const walk = c => {
    all.push(c);
    const visit = item => {
      if (item.type === 'code') walk(item.code);
      else if (Array.isArray(item.items)) item.items.forEach(visit);
    };
    c.consts.forEach(visit);
  };
  walk(code);
  return all;
}

export const rangeOf = (text, instr) => {
  const [lineno, endLineno, col, endCol] = instr.positions || [];
  return lineno ? text.byteRange(lineno, col, endLineno, endCol) : null;
};

/** One code object's listing as a table; rows carry their instruction. */
export function listing(code) {
  const rows = code.instructions.map(instr => {
    const row = h('tr', { tabindex: '-1' },
      h('td', { class: 'line' }, instr.starts_line != null ? String(instr.starts_line) : ''),
      h('td', null, instr.is_jump_target ? '>>' : ''),
      h('td', { class: 'off' }, String(instr.offset)),
      h('td', { class: 'op' }, instr.opname),
      h('td', { class: 'off' }, instr.arg != null ? String(instr.arg) : ''),
      h('td', null, instr.argrepr ? `(${instr.argrepr})` : ''));
    row.instr = instr;
    row.dataset.offset = instr.offset;
    return row;
  });
  return h('table', null, h('caption', { class: 'visually-hidden' }, `Instructions of ${code.qualname}`), h('tbody', null, ...rows));
}

export function heading(code) {
  return code.qualname === '<module>' ? '<module>' : `Disassembly of ${code.qualname} (line ${code.firstlineno})`;
}

/** Arrow keys move between the rows of `container`, which is entered by its first row. */
export function rowKeys(container) {
  const first = container.querySelector('tr');
  if (first) first.tabIndex = 0;
  container.onkeydown = e => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const rows = [...container.querySelectorAll('tr')];
    const i = rows.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    rows[Math.min(rows.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  };
}

export function renderBytecode(container, code, onSelect) {
  const sections = codeObjects(code).map(c => h('section', null, h('h3', null, heading(c)), listing(c)));
  container.replaceChildren(...sections);
  rowKeys(container);
  const select = e => {
    const row = e.target.closest && e.target.closest('tr');
    if (!row || !row.instr) return;
    container.querySelectorAll('tr.selected').forEach(r => r.classList.remove('selected'));
    row.classList.add('selected');
    onSelect(row.instr);
  };
  handle(container, 'click', select);
  handle(container, 'focusin', select);
}

/** Marks the rows whose source range holds index `i` (the editor's caret); returns how many. */
export function markRowsAt(container, text, i) {
  let first = null, count = 0;
  for (const row of container.querySelectorAll('tr')) {
    const range = rangeOf(text, row.instr);
    const hit = !!range && range[0] <= i && (i < range[1] || (range[0] === range[1] && i === range[0]));
    row.classList.toggle('hit', hit);
    if (hit) { count++; first ??= row; }
  }
  if (first && container.offsetParent) first.scrollIntoView({ block: 'nearest' });
  return count;
}
