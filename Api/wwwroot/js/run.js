// The Run pane: the status, stdout, the printed traceback and the limits that applied.

import { h } from './text.js';

const LIMIT_STATUS = /_limit_exceeded$/;

export function readLimits() {
  const limits = {};
  for (const [id, key] of [['limit-steps', 'max_steps'], ['limit-time', 'timeout_ms'], ['limit-trace', 'max_trace_steps']]) {
    const value = document.getElementById(id).value.trim();
    if (value) limits[key] = Number(value);
  }
  return limits;
}

export function renderRun(container, answer, limits) {
  const status = answer.status;
  const parts = [
    h('p', null, 'Status: ', h('span', { class: `status ${LIMIT_STATUS.test(status) ? 'limit' : status}`, id: 'run-status' }, status),
      answer.steps != null ? ` after ${answer.steps} instructions` : ''),
  ];
  const asked = Object.entries(limits).map(([k, v]) => `${k} = ${v}`).join(', ');
  parts.push(h('p', { class: 'help', id: 'run-limits' },
    `Limits: ${asked || 'the server\'s defaults'}${asked ? ' (the rest: the server\'s defaults)' : ''}.` +
    (LIMIT_STATUS.test(status) ? ` The run stopped at the ${status.replace(/_exceeded$/, '').replace(/_/g, ' ')}.` : '') +
    (answer.trace_truncated ? ' The trace was cut at the traced-steps limit.' : '')));
  if (answer.error) {
    parts.push(h('p', null, 'The program has a syntax error: see under the source.'));
  }
  parts.push(h('h3', null, 'Output'), h('pre', { class: 'out', id: 'run-stdout', tabindex: '0', 'aria-label': 'Output' }, answer.stdout || ''));
  if (answer.exception) {
    parts.push(h('h3', null, 'Traceback'),
      h('pre', { class: 'out tb', id: 'run-traceback', tabindex: '0', 'aria-label': 'Traceback' },
        answer.exception.formatted || `${answer.exception.type}: ${answer.exception.message}`));
  }
  container.replaceChildren(...parts);
}

export function renderRunFailure(container, error) {
  container.replaceChildren(h('p', { class: 'status error', id: 'run-status' }, 'request failed'), h('p', null, error.message));
}
