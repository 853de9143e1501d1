// The reviewers' page: drop a report, read its findings on its lines, correct a value, take the section away.
// Every text from a report arrives escaped in the server's HTML, or is set here with textContent: never as markup.
'use strict';
(() => {
  const MAX_FILE = 16 * 1024 * 1024;
  const MAX_FILES = 200;
  const state = { lang: 'zh', labels: {}, grades: [], token: null, name: null, facts: null, changed: new Set(),
    rows: [], sortKey: null, sortDir: 1 };
  const $ = (id) => document.getElementById(id);

  const label = (key) => (state.labels[key] || {})[state.lang] || key;

  function applyLabels() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-label]').forEach((el) => { el.textContent = label(el.dataset.label); });
    $('lang-zh').setAttribute('aria-pressed', String(state.lang === 'zh'));
    $('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
  }

  function showError(message) {
    $('alert').textContent = message;
    $('alert').hidden = false;
  }

  function clearError() {
    $('alert').hidden = true;
    $('alert').textContent = '';
  }

  async function answer(response) {
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      throw new Error(response.status + ' ' + response.statusText);
    }
    if (!response.ok) {
      throw new Error(data && data.error ? data.error : response.status + ' ' + response.statusText);
    }
    return data;
  }

  function save(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  function wireDrop(zoneId, inputId, onFiles) {
    const zone = $(zoneId);
    const input = $(inputId);
    zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      onFiles(Array.from(e.dataTransfer.files));
    });
    input.addEventListener('change', () => {
      const files = Array.from(input.files);
      input.value = '';
      onFiles(files);
    });
  }

  function busy(id, on) { $(id).hidden = !on; }

  // One report ---------------------------------------------------------------------------------------------------

  async function checkOne(file) {
    if (!file) return;
    clearError();
    if (file.size > MAX_FILE) { showError(file.name + ': ' + label('tooLarge')); return; }
    busy('busy-single', true);
    try {
      const data = await answer(await fetch('/api/check?lang=' + state.lang + '&name=' + encodeURIComponent(file.name),
        { method: 'POST', body: file }));
      state.changed = new Set();
      show(data);
    } catch (e) {
      showError(e.message);
    } finally {
      busy('busy-single', false);
    }
  }

  async function recheck() {
    clearError();
    const y = window.scrollY;
    try {
      const data = await answer(await fetch('/api/recheck?lang=' + state.lang + '&token=' + state.token, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(state.facts) }));
      show(data);
      window.scrollTo(0, y);
    } catch (e) {
      showError(e.message);
    }
  }

  function show(data) {
    state.token = data.token;
    state.name = data.name;
    state.facts = data.facts;
    $('view').innerHTML = data.html; // the server's HTML: every report text in it is escaped
    wireView();
  }

  function wireView() {
    const rules = $('rule-filter');
    if (rules) {
      rules.addEventListener('change', () => {
        const rule = rules.value;
        document.querySelectorAll('#view .finding, #view .mark').forEach((el) => {
          el.classList.toggle('filtered', rule !== '' && el.dataset.rule !== rule);
        });
      });
    }
    document.querySelectorAll('#view input.fact').forEach((input) => {
      if (state.changed.has(input.dataset.pointer)) input.classList.add('changed');
      input.addEventListener('change', () => {
        setPointer(state.facts, input.dataset.pointer, typed(input));
        state.changed.add(input.dataset.pointer);
        recheck();
      });
    });
    const copy = $('copy-section');
    if (copy) copy.addEventListener('click', () => copySection(copy));
    const docx = $('download-docx');
    if (docx) docx.addEventListener('click', downloadDocx);
    const facts = $('download-facts');
    if (facts) facts.addEventListener('click', downloadFacts);
  }

  /** A number where the value was one and the text reads as one; else the text, as a reviewer typed it. */
  function typed(input) {
    const text = input.value.trim();
    if (text === '') return null;
    if (input.dataset.type === 'number' && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    return input.value;
  }

  function setPointer(root, pointer, value) {
    const keys = pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = Array.isArray(node) ? Number(keys[i]) : keys[i];
      if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
      node = node[key];
    }
    const last = Array.isArray(node) ? Number(keys[keys.length - 1]) : keys[keys.length - 1];
    if (value === null) delete node[last]; else node[last] = value;
  }

  async function copySection(button) {
    const withIds = $('section-with-ids').checked;
    const text = $(withIds ? 'section-ids' : 'section-plain').textContent;
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    button.textContent = label('copied');
    setTimeout(() => { button.textContent = label('copy'); }, 1500);
  }

  async function downloadDocx() {
    clearError();
    try {
      const response = await fetch('/api/section.docx?lang=' + state.lang + '&name=' + encodeURIComponent(state.name),
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(state.facts) });
      if (!response.ok) { await answer(response); return; }
      save(await response.blob(), (state.lang === 'en' ? 'problems-and-suggestions' : '问题及建议') + '.docx');
    } catch (e) {
      showError(e.message);
    }
  }

  function downloadFacts() {
    const name = (state.name || 'report').replace(/\.[^.]*$/, '') + '.facts.json';
    save(new Blob([JSON.stringify(state.facts, null, 2) + '\n'], { type: 'application/json' }), name);
  }

  // A batch ------------------------------------------------------------------------------------------------------

  async function checkBatch(files) {
    if (files.length === 0) return;
    clearError();
    if (files.length > MAX_FILES) { showError(label('tooMany')); return; }
    const big = files.find((f) => f.size > MAX_FILE);
    if (big) { showError(big.name + ': ' + label('tooLarge')); return; }
    const head = JSON.stringify({ files: files.map((f) => ({ name: f.name, size: f.size })) }) + '\n';
    busy('busy-batch', true);
    $('batch-progress').textContent = '';
    $('batch-view').hidden = true; // the last batch's table goes: what is shown next is this batch's, whole, or nothing
    try {
      const response = await fetch('/api/batch?lang=' + state.lang, { method: 'POST', body: new Blob([head, ...files]) });
      if (!response.ok) await answer(response); // the batch refused whole: its one line
      const rows = [];
      let expected = null;
      let ended = false;
      // One JSON line a report as it is checked: the count moves while a long batch runs.
      await eachLine(response, (line) => {
        const message = JSON.parse(line);
        if ('expected' in message) expected = message.expected;
        if (message.row) rows.push(message.row);
        if (message.error) throw new Error(message.error);
        if ('done' in message) ended = true;
        $('batch-progress').textContent = (expected === null ? label('progress') : label('progressOf'))
          .replace('{n}', String(rows.length)).replace('{total}', String(expected));
      });
      if (!ended) throw new Error(label('endedEarly'));
      state.rows = rows;
      state.sortKey = null;
      renderBatch();
    } catch (e) {
      showError(e.message);
    } finally {
      busy('busy-batch', false);
    }
  }

  /** Calls onLine with each line of the response's body as it arrives. */
  async function eachLine(response, onLine) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder('utf-8');
    let pending = '';
    for (;;) {
      const { value, done } = await reader.read();
      pending += decoder.decode(value || new Uint8Array(), { stream: !done });
      let end;
      while ((end = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, end);
        pending = pending.slice(end + 1);
        if (line.trim()) onLine(line);
      }
      if (done) break;
    }
    if (pending.trim()) onLine(pending);
  }

  function value(row, key) {
    if (key === 'error' || key === 'warning' || key === 'info') return row.counts ? row.counts[key] : null;
    return row[key];
  }

  function renderBatch() {
    const rows = state.rows.slice();
    if (state.sortKey) {
      const k = state.sortKey;
      rows.sort((a, b) => {
        const x = value(a, k);
        const y = value(b, k);
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh'))
          * state.sortDir;
      });
    }
    document.querySelectorAll('#batch-table th').forEach((th) => {
      if (th.dataset.key === state.sortKey) th.setAttribute('aria-sort', state.sortDir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    const body = $('batch-table').querySelector('tbody');
    body.replaceChildren();
    for (const row of rows) {
      const tr = document.createElement('tr');
      for (const key of ['file', 'department', 'project', 'total', 'grade', 'error', 'warning', 'info', 'status']) {
        const td = document.createElement('td');
        const v = value(row, key);
        td.textContent = v === null || v === undefined ? '' : String(v);
        if (key === 'status' && row.errors) td.title = row.errors.join('\n');
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    $('batch-count').textContent = String(state.rows.length);
    const grades = new Map();
    state.grades.forEach((g) => grades.set(g, 0));
    const rules = new Map();
    for (const row of state.rows) {
      if (row.grade) grades.set(row.grade, (grades.get(row.grade) || 0) + 1);
      (row.findings || []).forEach((f) => rules.set(f.ruleId, (rules.get(f.ruleId) || 0) + 1));
    }
    bars($('chart-grades'), Array.from(grades.entries()), 'grade-bar', 60);
    bars($('chart-rules'), Array.from(rules.entries()).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10), 'rule-bar', 200);
    $('batch-view').hidden = false;
  }

  function bars(svg, entries, cls, labelWidth) {
    const NS = 'http://www.w3.org/2000/svg';
    svg.replaceChildren();
    const max = Math.max(1, ...entries.map((e) => e[1]));
    const width = Number(svg.getAttribute('width')) - labelWidth - 50;
    entries.forEach(([name, count], i) => {
      const y = i * 24 + 4;
      const text = document.createElementNS(NS, 'text');
      text.setAttribute('x', '0');
      text.setAttribute('y', String(y + 14));
      text.textContent = name;
      const rect = document.createElementNS(NS, 'rect');
      rect.setAttribute('class', cls);
      rect.setAttribute('x', String(labelWidth));
      rect.setAttribute('y', String(y + 2));
      rect.setAttribute('height', '16');
      rect.setAttribute('width', String(Math.round(width * count / max)));
      rect.dataset.name = name;
      rect.dataset.count = String(count);
      const n = document.createElementNS(NS, 'text');
      n.setAttribute('x', String(labelWidth + Math.round(width * count / max) + 6));
      n.setAttribute('y', String(y + 14));
      n.textContent = String(count);
      svg.append(text, rect, n);
    });
    svg.setAttribute('height', String(entries.length * 24 + 8));
  }

  async function downloadXlsx() {
    clearError();
    try {
      const response = await fetch('/api/batch.xlsx?lang=' + state.lang, { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rows: state.rows }) });
      if (!response.ok) { await answer(response); return; }
      save(await response.blob(), 'jixiao-findings.xlsx');
    } catch (e) {
      showError(e.message);
    }
  }

  function downloadJsonl() {
    const text = state.rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    save(new Blob([text], { type: 'application/x-ndjson' }), 'jixiao-findings.jsonl');
  }

  // The page -----------------------------------------------------------------------------------------------------

  function tab(which) {
    $('single').hidden = which !== 'single';
    $('batch').hidden = which !== 'batch';
    $('tab-single').setAttribute('aria-pressed', String(which === 'single'));
    $('tab-batch').setAttribute('aria-pressed', String(which === 'batch'));
    clearError();
  }

  async function setLanguage(lang) {
    state.lang = lang;
    try { localStorage.setItem('jixiao-lang', lang); } catch (e) { /* private mode: the choice lasts the visit */ }
    applyLabels();
    if (state.token) await recheck();
    if (state.rows.length) renderBatch();
  }

  async function init() {
    try {
      const saved = localStorage.getItem('jixiao-lang');
      if (saved === 'zh' || saved === 'en') state.lang = saved;
    } catch (e) { /* no storage: Chinese */ }
    state.labels = await (await fetch('/labels.json')).json();
    applyLabels();
    const info = await (await fetch('/api/info')).json();
    $('fingerprint').textContent = info.fingerprint;
    $('version').textContent = info.version;
    state.grades = info.grades || [];
    wireDrop('drop-single', 'file-single', (files) => checkOne(files[0]));
    wireDrop('drop-batch', 'file-batch', checkBatch);
    $('tab-single').addEventListener('click', () => tab('single'));
    $('tab-batch').addEventListener('click', () => tab('batch'));
    $('lang-zh').addEventListener('click', () => setLanguage('zh'));
    $('lang-en').addEventListener('click', () => setLanguage('en'));
    $('download-xlsx').addEventListener('click', downloadXlsx);
    $('download-jsonl').addEventListener('click', downloadJsonl);
    $('batch-table').querySelector('thead').addEventListener('click', (e) => {
      const key = e.target.dataset.key;
      if (!key) return;
      state.sortDir = state.sortKey === key ? -state.sortDir : 1;
      state.sortKey = key;
      renderBatch();
    });
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', init);
})();
