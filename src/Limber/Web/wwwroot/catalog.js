// Search as you type: the page asks itself for its results part with the words typed so far, and swaps it in.
const input = document.getElementById('q');
const results = document.getElementById('results');
let pending = 0;
let controller = null;

input?.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    const params = new URLSearchParams(location.search);
    if (input.value.trim()) params.set('q', input.value.trim()); else params.delete('q');
    params.set('part', 'results');
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await fetch(`/?${params}`, { signal: controller.signal });
      if (!answer.ok) return;
      results.innerHTML = await answer.text(); // the server's own markup, every value encoded there
      params.delete('part');
      history.replaceState(null, '', `/?${params}`);
    } catch { /* a newer search replaced this one, or the connection dropped: the form still works */ }
  }, 150);
});
