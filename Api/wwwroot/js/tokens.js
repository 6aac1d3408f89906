// The Tokens pane: the source coloured by the service's tokenizer (columns in code points).

import { h } from './text.js';

const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else ' +
  'except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));

export function describe(token) {
  const kind = token.exact_type !== token.type ? `${token.type} (${token.exact_type})` : token.type;
  return `${kind} ${token.start[0]}:${token.start[1]}–${token.end[0]}:${token.end[1]} ${JSON.stringify(token.string)}`;
}

export function renderTokens(container, info, text, tokens) {
  const out = [];
  let at = 0;
  for (const token of tokens) {
    if (!token.string) continue;   // DEDENT, ENDMARKER and the NEWLINE added at the end of input
    const start = text.fromCodePoints(token.start[0], token.start[1]);
    const end = text.fromCodePoints(token.end[0], token.end[1]);
    if (start < at || end <= start) continue;
    if (start > at) out.push(text.text.slice(at, start));
    const keyword = token.type === 'NAME' && KEYWORDS.has(token.string);
    const span = h('span', { class: `t-${token.type}${keyword ? ' t-kw' : ''}`, title: describe(token) }, text.text.slice(start, end));
    span.dataset.index = out.length;
    out.push(span);
    at = end;
  }
  out.push(text.text.slice(at));
  container.replaceChildren(...out);
  const show = e => {
    const span = e.target.closest && e.target.closest('span[title]');
    if (!span) return;
    container.querySelectorAll('span.active').forEach(s => s.classList.remove('active'));
    span.classList.add('active');
    info.textContent = span.title;
  };
  container.onmouseover = show;
  container.onclick = show;
  // the keyboard's way to the same: ← → move from token to token
  container.onkeydown = e => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const spans = [...container.querySelectorAll('span[title]')];
    const i = spans.findIndex(s => s.classList.contains('active'));
    const next = spans[Math.min(spans.length - 1, Math.max(0, i < 0 ? 0 : i + (e.key === 'ArrowRight' ? 1 : -1)))];
    if (next) { show({ target: next }); next.scrollIntoView({ block: 'nearest', inline: 'nearest' }); }
  };
}

export function tokenError(container, info, error) {
  container.replaceChildren(h('span', { class: 't-ERRORTOKEN' }, `${error.type}: ${error.msg} (line ${error.lineno}, column ${error.offset})`));
  info.textContent = '\u00a0';
}
