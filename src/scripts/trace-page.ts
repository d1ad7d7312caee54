/**
 * The trace explainer page: sends the pasted text or dropped file to a worker, shows progress,
 * then renders the result — the message count, every message in input order (each <li> carries
 * data-status="486" or data-method="INVITE"; see README "Trace explainer"), a ladder diagram per
 * Call-ID with a text version, and the notes on each response. Long lists render lazily.
 */
import type { Analysis, Finding } from '../lib/trace/analyze';
import type { Knowledge } from '../lib/trace/knowledge';
import type { MessageView as SipMessage, TraceResult } from '../lib/trace/run';
import { redactTrace } from '../lib/trace/redact';
import { escapeHtml } from '../lib/html';
import { flowSvg } from '../lib/flow-svg';

export interface TracePageData {
  knowledge: Knowledge;
  /** Per code: its summary in this language and its page. */
  codes: Record<number, { summary: string; url: string }>;
  /** RFC references used by the findings: label and link. */
  refs: Record<string, { label: string; href: string }>;
  strings: Record<string, string> & { problems: Record<string, string>; findings: Record<string, string> };
}

const PAGE = 300;
const EAGER_LADDERS = 20;
const MAX_STEPS = 400;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));

export function bootTracePage(): void {
  const form = document.getElementById('trace-form') as HTMLFormElement;
  // Loaded with the page: strings, code summaries and requirements for this language.
  const ready = fetch(form.dataset['src']!).then((r) => r.json() as Promise<TracePageData>);
  let data!: TracePageData;
  let s!: TracePageData['strings'];
  const input = document.getElementById('trace-input') as HTMLTextAreaElement;
  const file = document.getElementById('trace-file') as HTMLInputElement;
  const status = document.getElementById('trace-status')!;
  const progress = document.getElementById('trace-progress') as HTMLProgressElement;
  const output = document.getElementById('trace-output')!;
  const copy = document.getElementById('trace-copy') as HTMLButtonElement;
  let redactSource = '';
  let pastedText = '';

  const setStatus = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };

  // One worker for the page's life, created while the page loads: reading a trace later makes no
  // request at all. Each job has a number; a result for an older job is dropped.
  const worker = new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' });
  let job = 0;
  const busy = (on: boolean) => {
    progress.hidden = !on;
    if (on) form.setAttribute('aria-busy', 'true');
    else form.removeAttribute('aria-busy');
  };
  worker.onmessage = (event: MessageEvent<{ job: number } & ({ type: 'progress'; fraction: number } | { type: 'result'; result: TraceResult })>) => {
    if (event.data.job !== job) return;
    if (event.data.type === 'progress') {
      progress.value = event.data.fraction;
      setStatus(fill(s.working!, { p: Math.round(event.data.fraction * 100) }));
      return;
    }
    busy(false);
    show(event.data.result);
  };
  worker.onerror = (event) => {
    busy(false);
    setStatus(fill(s.failed!, { e: event.message || 'worker' }), true);
  };

  async function start(payload: { kind: 'text'; text: string } | { kind: 'file'; bytes: ArrayBuffer }) {
    try {
      data = await ready;
      s = data.strings;
    } catch (error) {
      status.textContent = (form.dataset['failed'] ?? '{e}').replace('{e}', String(error));
      status.classList.add('error');
      return;
    }
    job++;
    pastedText = payload.kind === 'text' ? payload.text : '';
    output.replaceChildren();
    copy.hidden = true;
    busy(true);
    progress.value = 0;
    setStatus(fill(s.working!, { p: 0 }));
    const request = { job, input: payload, knowledge: data.knowledge };
    if (payload.kind === 'file') worker.postMessage(request, [payload.bytes]);
    else worker.postMessage(request);
  }

  function show(result: TraceResult) {
    switch (result.outcome) {
      case 'empty':
        return setStatus(s.empty!, true);
      case 'no-sip':
        return setStatus(s.none!, true);
      case 'not-capture':
        return setStatus(s.notCapture!, true);
      case 'capture-no-sip':
        return setStatus(fill(s.captureNoSip!, { n: result.packets ?? 0 }), true);
      case 'failed':
        return setStatus(fill(s.failed!, { e: result.error ?? '' }), true);
    }
    const n = result.messages.length;
    const analysis = result.analysis!;
    setStatus(`${n === 1 ? s.countOne! : fill(s.countMany!, { n })}${result.cut ? ` ${s.captureCut}` : ''}`);
    output.dataset.count = String(n);
    if (result.timings) output.dataset.timings = `${Math.round(result.timings.read)} ${Math.round(result.timings.analyze)}`;
    redactSource = result.text ?? pastedText;
    copy.hidden = !navigator.clipboard || !redactSource;
    copy.textContent = s.copyRedacted!;
    renderResult(result.messages, analysis);
  }

  function party(name: string) {
    return name === 'local' ? s.local! : name;
  }

  function refLink(ref: string) {
    const r = data.refs[ref];
    return r ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.label)}</a>` : escapeHtml(ref);
  }

  function findingHtml(f: Finding, messages: SipMessage[]): string {
    const t = s.findings;
    const no = (i: number) => `<a href="#msg-${i + 1}">#${i + 1}</a>`;
    switch (f.kind) {
      case 'missing-header':
        return fill(escapeHtml(t['missing-header']!), { header: `<code>${escapeHtml(f.header)}</code>`, code: f.code, ref: refLink(f.ref) });
      case 'deprecated':
        return fill(escapeHtml(t.deprecated!), { code: f.code, refs: f.refs.map(refLink).join(', ') });
      case 'auth-retried': {
        const header = f.code === 401 ? 'Authorization' : 'Proxy-Authorization';
        const text = fill(escapeHtml(t['auth-retried']!), { header: `<code>${header}</code>`, n: no(f.retry) });
        if (f.rejectedAgain === 'stale') return `${text} ${escapeHtml(t['auth-stale']!)}`;
        return f.rejectedAgain ? `${text} ${escapeHtml(t['auth-rejected-again']!)}` : text;
      }
      case 'auth-not-retried':
        return fill(escapeHtml(t['auth-not-retried']!), { header: `<code>${f.code === 401 ? 'Authorization' : 'Proxy-Authorization'}</code>` });
      case 'codecs':
        return fill(escapeHtml(t.codecs!), { n: no(f.request), list: f.offered.map((o) => `<code>${escapeHtml(o)}</code>`).join('; ') });
      case 'no-offer':
        return escapeHtml(t['no-offer']!);
      case 'retry-after':
        return fill(escapeHtml(t['retry-after']!), { value: `<code>${escapeHtml(f.value)}</code>` });
      case 'no-retry-after':
        return fill(escapeHtml(t['no-retry-after']!), { ref: refLink(f.ref) });
      case 'cancelled':
        return fill(escapeHtml(t.cancelled!), { n: no(f.cancel) });
      case 'not-cancelled':
        return escapeHtml(t['not-cancelled']!);
      case 'cancel-result':
        if (f.final === undefined) return escapeHtml(t['cancel-no-final']!);
        return fill(escapeHtml(t['cancel-result']!), {
          invite: f.invite === undefined ? '?' : no(f.invite),
          status: String(messages[f.final]!.status),
          n: no(f.final),
        });
    }
  }

  function messageItem(m: SipMessage, i: number, analysis: Analysis, findings: Finding[], messages: SipMessage[]): HTMLLIElement {
    const li = document.createElement('li');
    li.id = `msg-${i + 1}`;
    li.className = 'trace-msg';
    if (m.kind === 'response') li.dataset.status = String(m.status);
    else li.dataset.method = m.method ?? '';
    const [from, to] = analysis.ends[i]!;
    const meta = [
      fill(s.fromTo!, { from: party(from), to: party(to) }),
      m.transport ?? '',
      m.time ?? '',
      m.line ? fill(s.line!, { n: m.line }) : '',
    ].filter(Boolean);
    let html = `<p class="trace-head"><span class="trace-no">#${i + 1}</span> <code class="trace-start">${escapeHtml(m.startLine)}</code></p>`;
    html += `<p class="trace-meta">${meta.map(escapeHtml).join(' · ')}</p>`;
    if (m.kind === 'response' && m.status !== undefined) {
      const code = data.codes[m.status];
      html += code
        ? // No space after a Japanese full stop.
          `<p class="trace-meaning">${escapeHtml(code.summary)}${/[。！？]$/.test(code.summary) ? '' : ' '}<a href="${escapeHtml(code.url)}">${escapeHtml(fill(s.about!, { code: m.status }))}</a></p>`
        : `<p class="trace-meaning">${escapeHtml(s.unregistered!)}</p>`;
    }
    const notes = findings.map((f) => `<li class="finding finding-${f.kind}">${findingHtml(f, messages)}</li>`);
    if (notes.length) html += `<ul class="trace-findings">${notes.join('')}</ul>`;
    if (m.problems.length) {
      html += `<div class="trace-problems"><p>${escapeHtml(s.problemsHeading!)}</p><ul>${m.problems
        .map((p) => `<li>${escapeHtml(fill(s.problems[p.kind] ?? p.kind, { d: p.detail ?? '', h: p.header ?? '' }))}</li>`)
        .join('')}</ul></div>`;
    }
    li.innerHTML = html;
    return li;
  }

  function renderResult(messages: SipMessage[], analysis: Analysis) {
    const byIndex = new Map<number, Finding[]>();
    for (const f of analysis.findings) {
      const list = byIndex.get(f.index) ?? [];
      list.push(f);
      byIndex.set(f.index, list);
    }
    const itemFor = (i: number) => messageItem(messages[i]!, i, analysis, byIndex.get(i) ?? [], messages);

    const summary = document.createElement('p');
    summary.className = 'trace-summary';
    summary.id = 'trace-count';
    summary.textContent = `${messages.length === 1 ? s.countOne! : fill(s.countMany!, { n: messages.length })} · ${fill(s.dialogCount!, { n: analysis.dialogs.length })}`;

    // Ladders, one per Call-ID.
    const ladders = document.createElement('section');
    ladders.setAttribute('aria-labelledby', 'trace-ladders');
    ladders.innerHTML = `<h2 id="trace-ladders">${escapeHtml(s.dialogsHeading!)}</h2>`;
    analysis.dialogs.forEach((dialog, d) => {
      const section = document.createElement('section');
      section.className = 'trace-dialog';
      section.innerHTML = `<h3>${escapeHtml(fill(s.dialogTitle!, { id: dialog.callId || '?' }))}</h3>`;
      const draw = () => section.append(ladder(dialog, d, messages, analysis));
      if (d < EAGER_LADDERS) draw();
      else {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = s.moreDialogs!;
        button.addEventListener('click', () => {
          button.remove();
          draw();
        });
        section.append(button);
      }
      ladders.append(section);
    });

    // Every message in input order, rendered a page at a time.
    const list = document.createElement('section');
    list.setAttribute('aria-labelledby', 'trace-messages-title');
    list.innerHTML = `<h2 id="trace-messages-title">${escapeHtml(s.messagesHeading!)}</h2>`;
    const ol = document.createElement('ol');
    ol.id = 'trace-messages';
    ol.className = 'trace-messages';
    list.append(ol);
    let shown = 0;
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'trace-more';
    const renderPage = () => {
      const fragment = document.createDocumentFragment();
      const end = Math.min(messages.length, shown + PAGE);
      for (; shown < end; shown++) fragment.append(itemFor(shown));
      ol.append(fragment);
      const left = messages.length - shown;
      more.hidden = left <= 0;
      more.textContent = fill(s.showMore!, { n: Math.min(PAGE, left) });
    };
    more.addEventListener('click', renderPage);
    renderPage();
    list.append(more);

    output.replaceChildren(summary, list, ladders);
  }

  function ladder(dialog: Analysis['dialogs'][number], d: number, messages: SipMessage[], analysis: Analysis): DocumentFragment {
    const ids = new Map(dialog.parties.map((p, k) => [p, `p${k}`]));
    const steps = dialog.messages.slice(0, MAX_STEPS).map((i) => {
      const m = messages[i]!;
      const [from, to] = analysis.ends[i]!;
      const label = m.kind === 'response' ? `${m.status} ${m.reason ?? ''}`.trim() : (m.method ?? '?');
      return { from: ids.get(from)!, to: ids.get(to)!, label, index: i, fromName: party(from), toName: party(to) };
    });
    const names = new Map(dialog.parties.map((p) => [ids.get(p)!, party(p)]));
    const svg = flowSvg({ parties: dialog.parties.map((p) => ({ id: ids.get(p)! })), steps }, names, {
      id: `ladder-${d}`,
      title: fill(s.diagramTitle!, { id: dialog.callId || '?' }),
      description: fill(s.diagramDescription!, { n: dialog.messages.length, parties: dialog.parties.map(party).join(s.separator!) }),
      column: 190,
    });
    const fragment = document.createDocumentFragment();
    const figure = document.createElement('div');
    figure.className = 'flow-scroll';
    figure.innerHTML = svg;
    const details = document.createElement('details');
    details.className = 'flow-text';
    details.innerHTML = `<summary>${escapeHtml(s.asText!)}</summary><ol>${steps
      .map((st) => {
        const m = messages[st.index]!;
        const text = escapeHtml(fill(s.step!, { from: st.fromName, to: st.toName, label: st.label }));
        const link = m.kind === 'response' && m.status !== undefined && data.codes[m.status] ? ` <a href="${escapeHtml(data.codes[m.status]!.url)}">${escapeHtml(fill(s.about!, { code: m.status }))}</a>` : '';
        return `<li><a href="#msg-${st.index + 1}">#${st.index + 1}</a> ${text}${link}</li>`;
      })
      .join('')}</ol>`;
    fragment.append(figure, details);
    return fragment;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start({ kind: 'text', text: input.value });
  });
  const readFile = async (f: File) => start({ kind: 'file', bytes: await f.arrayBuffer() });
  void ready.then((d) => {
    data = d;
    s = d.strings;
  });
  file.addEventListener('change', () => {
    if (file.files?.[0]) void readFile(file.files[0]);
  });
  input.addEventListener('dragover', (event) => {
    event.preventDefault();
    input.classList.add('drop');
  });
  input.addEventListener('dragleave', () => input.classList.remove('drop'));
  input.addEventListener('drop', (event) => {
    event.preventDefault();
    input.classList.remove('drop');
    const f = event.dataTransfer?.files[0];
    if (f) void readFile(f);
  });
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(redactTrace(redactSource));
    copy.textContent = s.copied!;
  });
}
