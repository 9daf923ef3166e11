// The guided player. It plays the timeline the server's engine built, timed from the session's start on
// performance.now(): every position is computed from that origin, never by counting timer ticks, so a background
// tab or a locked phone lands on the right segment when it wakes. Holds and ratings go through an outbox kept in
// localStorage, sent at once and again until the server has them.
import { Outbox } from './outbox.js';
import { Voice } from './voice.js';

const root = document.getElementById('player');
const id = root.dataset.session;
const query = new URLSearchParams(location.search);
// Tests and benches run the clock faster; the server allows it only when started for them.
const speed = root.dataset.allowSpeed === 'true' ? Math.min(1000, Math.max(1, Number(query.get('speed')) || 1)) : 1;
const $ = (name) => document.getElementById(name);
const outbox = new Outbox(`limber-outbox`, (text) => status(text));
const voice = new Voice();
const keyOf = `limber-session-${id}`;
const RATING_WAIT_MS = 30000;

let session = null;
let segments = [];
let origin = 0;          // performance.now() at which the session's second 0 was (or would have been)
let heldAt = 0;          // the session second where the clock stands while paused or rating
let running = false;
let rating = null;       // { segment, tightness, pain, pinch, timer } while the rating panel is up
let fired = new Set();   // cues already given, by "segment:index"
let handled = new Set(); // hold ends already handled, by segment
let skipped = new Set(); // exercises stopped for pain
let lastCue = '';
let wakeLock = null;
let timer = 0;
let frame = 0;
let cursor = 0;          // the first segment whose end is not yet handled
const cueLog = [];
window.limberPlayer = { cueLog, state: () => ({ index: locate(now()).index, running, rating: rating !== null, speed }) };

const now = () => running ? (performance.now() - origin) * speed / 1000 : heldAt;
const seconds = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
const realAt = (second) => origin + second * 1000 / speed;

function status(text) { $('status').textContent = text; }

function locate(t) {
  let low = 0, high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].start <= t) low = mid; else high = mid - 1;
  }
  return { index: low, segment: segments[low], offset: t - segments[low].start };
}

async function load() {
  try {
    const answer = await fetch(`/api/sessions/${id}`, { headers: { accept: 'application/json' } });
    if (!answer.ok) throw new Error(`the server answered ${answer.status}`);
    session = await answer.json();
  } catch (e) {
    $('exercise').textContent = 'This session cannot be loaded. Check the connection and reload.';
    status(String(e.message || e));
    return;
  }
  segments = session.segments;
  for (const hold of session.holds) handled.add(hold.segment);
  const saved = JSON.parse(localStorage.getItem(keyOf) || 'null');
  const resumeAt = session.resumeAt < segments.length ? segments[session.resumeAt].start : session.totalSeconds;
  heldAt = Math.max(resumeAt, saved && saved.at <= session.totalSeconds ? segments[locate(saved.at).index].start : 0);
  // Cues before the resume point were given in the earlier visit.
  for (const [i, s] of segments.entries()) s.cues.forEach((c, k) => { if (s.start + c.offset < heldAt) fired.add(`${i}:${k}`); });
  cursor = locate(heldAt).index;
  if (session.status !== 'running' || heldAt >= session.totalSeconds) return finish(false);
  $('pause').textContent = heldAt > 0 ? '▶ Resume' : '▶ Start';
  $('pause').setAttribute('aria-label', heldAt > 0 ? 'Resume' : 'Start');
  if (heldAt > 0) status(`Resuming where you stopped (${session.holds.length} hold${session.holds.length === 1 ? '' : 's'} done).`);
  for (const note of [...session.notes, ...session.changes]) addNote(note);
  render();
}

function addNote(text) {
  const p = document.createElement('p');
  p.className = 'note';
  p.textContent = text;
  $('advice').before(p);
}

function start() {
  if (running || rating) return;
  voice.unlock();
  origin = performance.now() - heldAt * 1000 / speed;
  running = true;
  keepAwake();
  label('pause', '❚❚ Pause', 'Pause');
  tick();
}

function pause() {
  if (!running) return;
  heldAt = now();
  running = false;
  release();
  remember();
  label('pause', '▶ Resume', 'Resume');
  render();
}

function label(button, text, aria) { $(button).textContent = text; $(button).setAttribute('aria-label', aria); }

// Jumps keep the clock's state: a paused session stays paused at its new place.
function jump(second) {
  const target = Math.max(0, Math.min(session.totalSeconds, second));
  const index = locate(target).index;
  segments.forEach((s, i) => s.cues.forEach((c, k) => { const key = `${i}:${k}`; if (i >= index) fired.delete(key); else fired.add(key); }));
  if (running) origin = performance.now() - target * 1000 / speed; else heldAt = target;
  cursor = index;
  remember();
  render();
}

function next() { if (!rating && session) { const { index } = locate(now()); jump(index + 1 < segments.length ? segments[index + 1].start : session.totalSeconds); tick(); } }

function back() {
  if (rating || !session) return;
  const { index, offset } = locate(now());
  jump(offset < 2 && index > 0 ? segments[index - 1].start : segments[index].start);
}

function tick() {
  clearTimeout(timer);
  if (!session || !running) return;
  const t = now();
  const total = session.totalSeconds;
  // Everything due up to now, in order: each segment's cues, then its end; a hold's end stops the clock for its rating.
  for (let i = cursor; i < segments.length && segments[i].start <= t; i++) {
    const s = segments[i];
    if (!skipped.has(s.exerciseId)) {
      s.cues.forEach((c, k) => {
        const key = `${i}:${k}`;
        if (fired.has(key) || s.start + c.offset > t) return;
        fired.add(key);
        const late = performance.now() - realAt(s.start + c.offset);
        cueLog.push({ at: s.start + c.offset, kind: c.kind, text: c.text, lateMs: late });
        give(c, late);
      });
    }
    if (t < s.start + s.duration) break;
    cursor = i + 1;
    if (s.kind === 'hold' && !handled.has(i) && !skipped.has(s.exerciseId)) {
      handled.add(i);
      return holdEnded(i, s);
    }
  }
  if (t >= total) return finish(true);
  render();
  remember();
  // The next tick at the next due moment, and every frame while the page shows.
  const upcoming = dueAfter(t);
  timer = setTimeout(tick, Math.max(0, (upcoming - t) * 1000 / speed));
  if (document.visibilityState === 'visible' && !frame) frame = requestAnimationFrame(() => { frame = 0; tick(); });
}

function dueAfter(t) {
  const { index } = locate(t);
  let soonest = Math.ceil(t + 1e-6); // the countdown changes every second
  for (let i = index; i < Math.min(segments.length, index + 2); i++) {
    for (const c of segments[i].cues) { const at = segments[i].start + c.offset; if (at > t && at < soonest) soonest = at; }
    const end = segments[i].start + segments[i].duration;
    if (end > t && end < soonest) soonest = end;
  }
  return soonest;
}

function give(cue, lateMs) {
  lastCue = cue.text;
  $('cue').textContent = cue.text;
  if (cue.kind === 'holdStart') voice.tone('start');
  if (cue.kind === 'switch') voice.tone('switch');
  // A cue more than two seconds late (the phone was locked) is shown, not spoken over the next one.
  if (lateMs < 2000) voice.say(cue.text);
}

function holdEnded(index, s) {
  voice.tone('end');
  heldAt = s.start + s.duration;
  running = false;
  const hold = { exerciseId: s.exerciseId, side: s.side, seconds: s.duration, segment: index };
  outbox.send(`/api/sessions/${id}/holds`, hold, `${id}:${index}`);
  remember();
  askRating(index, hold);
}

function askRating(index, hold) {
  rating = { index, hold, tightness: null, pain: null, pinch: false };
  const side = hold.side ? `your ${hold.side} side` : 'it';
  $('rating-title').textContent = `How did ${side} feel?`;
  $('pinch').setAttribute('aria-pressed', 'false');
  for (const scale of ['tightness', 'pain']) {
    for (const b of $(scale).querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
  }
  $('rating').hidden = false;
  root.classList.add('rating-now'); // the clock stands still: the panel takes its place
  $('tightness').querySelector('button').focus();
  // Thirty seconds of real time without an answer leave the hold unrated, whatever the clock's speed.
  rating.timer = setTimeout(() => closeRating(false), RATING_WAIT_MS);
  render();
}

function buildScales() {
  for (const scale of ['tightness', 'pain']) {
    for (let n = 0; n <= 10; n++) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = String(n);
      b.setAttribute('aria-label', `${scale} ${n} of 10`);
      b.setAttribute('aria-pressed', 'false');
      b.addEventListener('click', () => choose(scale, n, b));
      $(scale).append(b);
    }
  }
}

function choose(scale, n, button) {
  if (!rating) return;
  rating[scale] = n;
  for (const b of $(scale).querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
  // One tap per question: with both answered the rating is saved and the session goes on.
  if (rating.tightness !== null && rating.pain !== null) closeRating(true);
  else if (scale === 'tightness') $('pain').querySelector('button').focus();
}

function closeRating(rated) {
  if (!rating) return;
  clearTimeout(rating.timer);
  const { index, hold } = rating;
  const given = rated && rating.tightness !== null && rating.pain !== null;
  if (given) {
    const body = { ...hold, tightness: rating.tightness, pain: rating.pain, pinch: rating.pinch };
    outbox.send(`/api/sessions/${id}/holds`, body, `${id}:${index}`, (answer) => answer && answer.advice && advise(answer.advice));
    judge(body);
  }
  rating = null;
  $('rating').hidden = true;
  root.classList.remove('rating-now');
  start();
}

// The same rules the server applies, here too so they hold offline: pain 7 stops the exercise, 4 or a pinch backs off.
function judge(body) {
  const rules = session.rules;
  const exercise = session.exercises[body.exerciseId];
  if (body.pain >= rules.stopPain) {
    skipped.add(body.exerciseId);
    advise(exercise ? exercise.stopAdvice.replace('{pain}', String(body.pain)) : rules.backOffCue);
    const last = segments.map((s, i) => (s.exerciseId === body.exerciseId ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    heldAt = last + 1 < segments.length ? segments[last + 1].start : session.totalSeconds;
    cursor = last + 1;
    segments.forEach((s, i) => { if (i <= last) s.cues.forEach((c, k) => fired.add(`${i}:${k}`)); });
  } else if (body.pain >= rules.backOffPain || body.pinch) {
    advise(rules.backOffCue);
  }
}

function advise(text) {
  $('advice').textContent = text;
  voice.say(text);
}

function finish(completed) {
  running = false;
  release();
  clearTimeout(timer);
  localStorage.removeItem(keyOf);
  if (completed && session.status === 'running') outbox.send(`/api/sessions/${id}/end`, { finished: true }, `${id}:end`);
  session.status = 'finished';
  $('done').hidden = false;
  const holds = segments.filter((s, i) => s.kind === 'hold' && handled.has(i)).length;
  $('summary').textContent = `${holds} hold${holds === 1 ? '' : 's'} done.`;
  $('countdown').textContent = '0';
  $('exercise').textContent = 'Well done.';
  $('side').textContent = '';
  $('next').textContent = '';
  for (const b of ['pause', 'next-segment', 'back']) $(b).disabled = true;
  $('bar-fill').classList.add('full');
  $('bar').setAttribute('aria-valuenow', '100');
}

function render() {
  if (!session || segments.length === 0) return;
  const t = Math.min(now(), session.totalSeconds);
  const { index, segment: s, offset } = locate(t);
  const exercise = session.exercises[s.exerciseId];
  $('exercise').textContent = exercise ? exercise.name : s.exerciseId;
  $('side').textContent = s.kind === 'hold' ? (s.side ? s.side.toUpperCase() : 'BOTH') : words[s.kind] || s.kind;
  const left = Math.max(0, Math.ceil(s.duration - offset - 1e-9));
  // A movement counts down its repetitions, as the voice counts them; a hold its seconds.
  const moves = s.repetitions ? Math.max(0, Math.ceil((s.duration - offset - 1e-9) * s.repetitions / s.duration)) : null;
  $('countdown').textContent = moves !== null ? `${moves}×` : left < 60 ? String(left) : seconds(left);
  $('countdown').classList.toggle('short', moves !== null || left < 60);
  const following = segments.slice(index + 1).find((x) => x.kind === 'hold');
  $('next').textContent = following ? `Next: ${session.exercises[following.exerciseId]?.name ?? following.exerciseId}${following.side ? `, ${following.side} side` : ''}` : 'Next: the end';
  const percent = Math.round(100 * t / session.totalSeconds);
  $('bar').setAttribute('aria-valuenow', String(percent));
  $('bar-fill').style.setProperty('--done', `${percent}%`);
  const list = $('stop-list');
  if (list.dataset.exercise !== s.exerciseId && exercise) {
    list.dataset.exercise = s.exerciseId;
    list.replaceChildren(...exercise.stopSigns.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
  }
}

const words = { setup: 'GET READY', release: 'RELEASE', switch: 'SWITCH SIDES', rest: 'REST', transition: 'NEXT UP' };

function remember() { localStorage.setItem(keyOf, JSON.stringify({ at: now() })); }

async function keepAwake() {
  try { if ('wakeLock' in navigator && !wakeLock) wakeLock = await navigator.wakeLock.request('screen'); } catch { /* refused: the screen may dim */ }
}

function release() { if (wakeLock) { wakeLock.release().catch(() => {}); wakeLock = null; } }

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && running) { wakeLock = null; keepAwake(); tick(); }
});
$('pause').addEventListener('click', () => (running ? pause() : start()));
$('next-segment').addEventListener('click', next);
$('back').addEventListener('click', back);
$('pinch').addEventListener('click', () => {
  if (!rating) return;
  rating.pinch = !rating.pinch;
  $('pinch').setAttribute('aria-pressed', String(rating.pinch));
});
$('save-rating').addEventListener('click', () => closeRating(true));
$('skip-rating').addEventListener('click', () => closeRating(false));
document.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLInputElement || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) { e.preventDefault(); running ? pause() : start(); }
  else if (e.key === 'ArrowRight') { e.preventDefault(); next(); }
  else if (e.key === 'ArrowLeft') { e.preventDefault(); back(); }
});

if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => status('Offline use is not available in this browser.'));
buildScales();
outbox.flush();
load();
