// The playground: the editor, the panes, and the calls to the service that feed them.

import { post } from './api.js';
import { SourceText, h } from './text.js';
import { Editor } from './editor.js';
import { renderTokens, tokenError } from './tokens.js';
import { renderTree } from './tree.js';
import { codeObjects, markRowsAt, rangeOf, renderBytecode } from './bytecode.js';
import { readLimits, renderRun, renderRunFailure } from './run.js';
import { Stepper } from './step.js';
import { decodeProgram, encodeProgram } from './share.js';

const $ = id => document.getElementById(id);

const EXAMPLE = `def collatz(n):
    """The steps from n down to 1."""
    steps = []
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps

lengths = {n: len(collatz(n)) for n in range(1, 8)}
print(lengths)
print(max(lengths, key=lengths.get))
`;

const editor = new Editor($('source'), $('marks'));
const state = { text: new SourceText(''), compiled: null, serial: 0, runSerial: 0 };

// ---- tabs (the WAI-ARIA tabs pattern: arrow keys move between them)
const tabs = [...document.querySelectorAll('[role=tab]')];
function selectTab(tab, focus) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', on);
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  stepMarks(tab.id === 'tab-step');
}
for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', e => {
    const i = tabs.indexOf(tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length], true);
  });
}
const currentTab = () => tabs.find(t => t.getAttribute('aria-selected') === 'true');

// ---- syntax errors, in place: a mark in the editor and CPython's message and caret under it
function showSyntaxError(error) {
  const box = $('syntax-error');
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    editor.mark('error', null);
    return;
  }
  const text = state.text;
  const lineno = Math.max(1, error.lineno || 1);
  const line = text.line(lineno);
  const offset = Math.max(1, error.offset || 1);
  const start = text.fromCodePoints(lineno, offset - 1);
  const sameLine = error.end_lineno === lineno && error.end_offset > offset;
  const end = sameLine ? text.fromCodePoints(lineno, error.end_offset - 1) : start;
  editor.mark('error', [start, end]);
  // as CPython prints it: the line without its indentation, carets under the range
  const stripped = line.replace(/^[ \t\f]+/, '');
  const indent = line.length - stripped.length;
  const from = Math.max(0, start - text.lineStart(lineno) - indent);
  const caret = ' '.repeat(from) + '^'.repeat(Math.max(1, end - start));
  const printed = `  File "<string>", line ${lineno}\n    ${stripped}\n    ${caret}\n${error.type}: ${error.msg}`;
  box.replaceChildren(h('pre', { id: 'syntax-error-text' }, printed));
  box.hidden = false;
}

// ---- the three analyses, as the source changes
async function analyze() {
  const source = editor.value;
  const serial = ++state.serial;
  const text = new SourceText(source);
  const [tokens, parsed, compiled] = await Promise.all(['tokenize', 'parse', 'compile'].map(stage =>
    post(stage, { source }).catch(e => ({ failed: e }))));
  if (serial !== state.serial) return;   // the source changed meanwhile
  state.text = text;
  if (tokens.tokens) renderTokens($('tokens'), $('token-info'), text, tokens.tokens);
  else if (tokens.error) tokenError($('tokens'), $('token-info'), tokens.error);
  else $('tokens').textContent = tokens.failed?.message ?? '';
  if (parsed.ast) renderTree($('tree'), parsed.ast, node =>
    editor.mark('sel', text.byteRange(node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)));
  else $('tree').replaceChildren(h('p', { class: 'help' }, parsed.error ? 'No tree: the source has a syntax error.' : parsed.failed?.message ?? ''));
  if (compiled.code) {
    state.compiled = compiled;
    renderBytecode($('bytecode'), compiled.code, instr => editor.mark('sel', rangeOf(text, instr)));
  } else {
    state.compiled = null;
    $('bytecode').replaceChildren(h('p', { class: 'help' }, compiled.error ? 'No bytecode: the source has a syntax error.' : compiled.failed?.message ?? ''));
  }
  editor.mark('sel', null);
  showSyntaxError(parsed.error || compiled.error || tokens.error || null);
  document.body.dataset.analyzed = serial;
}

// ---- running, and stepping through the trace
const stepper = new Stepper({
  first: $('step-first'), back: $('step-back'), forward: $('step-forward'), last: $('step-last'),
  slider: $('step-slider'), count: $('step-count'), where: $('step-where'), stack: $('step-stack'),
  locals: $('step-locals'), calls: $('step-calls'), code: $('step-code'), codeName: $('step-code-name'),
  empty: $('step-empty'), ui: $('step-ui'),
}, (step, instr) => {
  if (currentTab().id !== 'tab-step') return;
  editor.setLine(step.line || 0);
  const range = instr ? rangeOf(state.text, instr) : null;
  editor.mark('instr', range);
  if (range) editor.reveal(range[0]);
});

function stepMarks(on) {
  if (on && stepper.trace.length) stepper.render();
  else { editor.setLine(0); editor.mark('instr', null); }
}

async function run() {
  const source = editor.value, limits = readLimits(), serial = ++state.runSerial;
  $('run').disabled = true;
  $('run-result').replaceChildren(h('p', { class: 'help' }, 'Running…'));
  if (currentTab().id !== 'tab-step') selectTab($('tab-run'));
  try {
    const [answer, compiled] = await Promise.all([
      post('execute', { source, trace: true, limits }),
      post('compile', { source }).catch(() => null),
    ]);
    if (serial !== state.runSerial) return;
    renderRun($('run-result'), answer, limits);
    if (answer.error) showSyntaxError(answer.error);
    stepper.load(answer.trace, compiled && compiled.code ? codeObjects(compiled.code) : []);
    document.body.dataset.ran = serial;
  } catch (e) {
    renderRunFailure($('run-result'), e);
  } finally {
    $('run').disabled = false;
  }
}

// ---- sharing: the program lives in the URL fragment
async function saveToUrl() {
  const fragment = await encodeProgram(editor.value);
  history.replaceState(null, '', '#' + fragment);
  return location.href;
}

$('share').addEventListener('click', async () => {
  const link = await saveToUrl();
  $('share-box').hidden = false;
  $('share-link').value = link;
  $('share-link').select();
  try {
    await navigator.clipboard.writeText(link);
    $('share-status').textContent = 'Copied.';
  } catch {
    $('share-status').textContent = 'Copy the link above.';
  }
});

// ---- wiring
let pending = 0;
$('source').addEventListener('input', () => {
  editor.render();
  clearTimeout(pending);
  pending = setTimeout(() => { analyze(); saveToUrl(); }, 250);
});
const caretMoved = () => {
  if (state.compiled) markRowsAt($('bytecode'), state.text, editor.caret);
};
$('source').addEventListener('click', caretMoved);
$('source').addEventListener('keyup', caretMoved);
$('run').addEventListener('click', run);
document.addEventListener('keydown', e => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); return; }
  const target = e.target;
  const typing = target.closest && target.closest('textarea, input:not([type=range]), [role=tab], tr');
  if (currentTab().id === 'tab-step' && !typing && target.type !== 'range' && stepper.key(e)) e.preventDefault();
});
window.addEventListener('hashchange', async () => {
  const program = await decodeProgram(location.hash);
  if (program !== null && program !== editor.value) { editor.value = program; analyze(); }
});

(async () => {
  const shared = await decodeProgram(location.hash);
  editor.value = shared ?? EXAMPLE;
  // interactive from here: the editor holds the program and answers keys
  window.playgroundReady = performance.now();
  document.body.dataset.ready = 'true';
  analyze();
})();
