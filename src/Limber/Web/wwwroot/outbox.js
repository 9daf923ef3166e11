// Requests that must reach the server, kept in localStorage until it answers: a hold or a rating made offline is
// sent when the connection comes back, none lost. A newer request for the same key (the rating of a hold already
// queued) replaces the older one; the server keeps the last one sent for a segment.
export class Outbox {
  constructor(name, say) {
    this.name = name;
    this.say = say;
    this.sending = false;
    this.callbacks = new Map();
    addEventListener('online', () => this.flush());
    setInterval(() => this.flush(), 5000);
  }

  pending() { return JSON.parse(localStorage.getItem(this.name) || '[]'); }

  save(items) { localStorage.setItem(this.name, JSON.stringify(items)); }

  send(url, body, key, onAnswer) {
    const items = this.pending().filter((item) => item.key !== key);
    items.push({ url, body, key });
    this.save(items);
    if (onAnswer) this.callbacks.set(key, onAnswer);
    this.flush();
  }

  async flush() {
    if (this.sending) return;
    this.sending = true;
    try {
      for (let items = this.pending(); items.length > 0; items = this.pending()) {
        const item = items[0];
        let answer;
        try {
          answer = await fetch(item.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(item.body) });
        } catch {
          this.say(`Offline: ${items.length} answer${items.length === 1 ? '' : 's'} saved here, sent when you are back online.`);
          return;
        }
        if (answer.status >= 500) { this.say('The server could not save yet; trying again shortly.'); return; }
        // Sent, or refused for good (a 4xx will not change on retry): either way it leaves the outbox.
        this.save(this.pending().filter((other) => !(other.key === item.key && JSON.stringify(other.body) === JSON.stringify(item.body))));
        const json = answer.headers.get('content-type')?.includes('json') ? await answer.json().catch(() => null) : null;
        if (!answer.ok) this.say(`Not saved: ${json?.detail || json?.title || answer.status}`);
        else { this.say(''); this.callbacks.get(item.key)?.(json); this.callbacks.delete(item.key); }
      }
    } finally {
      this.sending = false;
    }
  }
}
