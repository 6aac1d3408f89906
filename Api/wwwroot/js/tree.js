// The Tree pane: ast.parse's tree as nested <details>, children built when a node first opens
// (a large module stays quick). Selecting a node calls onSelect with its position.

import { h, handle } from './text.js';

const POSITION = new Set(['_type', 'lineno', 'col_offset', 'end_lineno', 'end_col_offset']);
const isNode = v => v && typeof v === 'object' && !Array.isArray(v) && '_type' in v;
const isContext = v => isNode(v) && Object.keys(v).length === 1;   // Load, Store, Add, ...
const isConstant = v => v && typeof v === 'object' && !Array.isArray(v) && 'repr' in v && 'type' in v;

function brief(node) {
  for (const key of ['id', 'name', 'arg', 'attr', 'module']) if (typeof node[key] === 'string') return node[key];
  if (node._type === 'Constant' && isConstant(node.value)) return node.value.repr;
  for (const key of ['op', 'ctx']) if (isContext(node[key])) return node[key]._type;
  return '';
}

function leafText(value) {
  if (value === null) return 'None';
  if (isConstant(value)) return `${value.repr} (${value.type})`;
  if (isContext(value)) return value._type;
  return JSON.stringify(value);
}

export function renderTree(container, ast, onSelect) {
  const build = (node, label, depth) => {
    const pos = node.lineno != null ? `${node.lineno}:${node.col_offset}–${node.end_lineno}:${node.end_col_offset}` : '';
    const summary = h('summary', null,
      label ? h('span', { class: 'field' }, label + ': ') : null,
      h('span', { class: 'ty' }, node._type), ' ', brief(node), pos ? h('span', { class: 'pos' }, ' ' + pos) : null);
    summary.nodeData = node;
    const details = h('details', null, summary);
    let filled = false;
    const fill = () => {
      if (filled) return;
      filled = true;
      for (const [key, value] of Object.entries(node)) {
        if (POSITION.has(key)) continue;
        if (isNode(value) && !isContext(value)) details.append(build(value, key, depth + 1));
        else if (Array.isArray(value) && value.some(isNode)) {
          const list = h('details', null, h('summary', null, h('span', { class: 'field' }, `${key}: `), `[${value.length}]`));
          list.open = depth < 4;
          value.forEach((item, i) => list.append(isNode(item) ? build(item, `${key}[${i}]`, depth + 1) : h('div', { class: 'leaf' }, `${i}: ${leafText(item)}`)));
          details.append(list);
        } else details.append(h('div', { class: 'leaf' }, `${key}: ${Array.isArray(value) ? '[' + value.map(leafText).join(', ') + ']' : leafText(value)}`));
      }
    };
    details.addEventListener('toggle', () => { if (details.open) fill(); });
    if (depth < 5) { fill(); details.open = true; }
    return details;
  };
  container.replaceChildren(build(ast, '', 0));
  const select = e => {
    const summary = e.target.closest && e.target.closest('summary');
    if (!summary || !summary.nodeData) return;
    container.querySelectorAll('summary.selected').forEach(s => s.classList.remove('selected'));
    summary.classList.add('selected');
    onSelect(summary.nodeData);
  };
  handle(container, 'click', select);
  handle(container, 'focusin', select);
}
